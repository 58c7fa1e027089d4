import { join } from 'node:path';
import { type RedisServer, redisServerAvailable, startRedisServer } from './redis-server';
import { tempDir } from './temp-dir';

/**
 * The backends a store test runs on, as `describe.each` takes them: a SQLite
 * file named `file` in a temp dir, and a Redis server of the test file's own
 * when `redis-server` is there. Registers starting and removing them around
 * the file's tests.
 */
export function storeBackends(file: string): { backends: [string, () => string][]; dir: ReturnType<typeof tempDir> } {
  const dir = tempDir();
  let redis: RedisServer | undefined;
  const withRedis = redisServerAvailable();
  beforeAll(async () => {
    if (withRedis) redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
    dir.remove();
  });
  const backends: [string, () => string][] = [['sqlite', () => `sqlite://${join(dir.path, file)}`]];
  if (withRedis) backends.push(['redis', () => redis?.url ?? 'redis://unavailable']);
  return { backends, dir };
}
