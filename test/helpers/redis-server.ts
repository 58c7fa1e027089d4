import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from '@keyv/redis';

/**
 * A real Redis server for one test file, on a free loopback port, with nothing
 * written to disk. `redis-server` comes from Debian's package (`.ci/run`
 * installs it). Under CI its absence fails the run; on a newcomer's machine
 * the Redis cases are left out with a warning naming the package to install.
 */
export function redisServerAvailable(): boolean {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found && process.env.CI) throw new Error('redis-server is not installed; .ci/run must apt-get install redis-server');
  if (!found) console.warn('redis-server not found: Redis store tests not run (apt-get install redis-server)');
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `redis-server` with `args` and resolves once it accepts connections. */
export async function spawnRedis(args: string[]): Promise<ChildProcess> {
  const proc: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${out}`));
    });
  });
  return proc;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const proc = await spawnRedis(['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

/**
 * A real redis-server and a connected client for the tests of one describe
 * block: started before them, emptied before each, stopped after them.
 * Returns how to reach the client (set once the server is up).
 */
export function redisClientForSuite(): () => ReturnType<typeof createClient> {
  let redis: RedisServer | undefined;
  let client: ReturnType<typeof createClient> | undefined;
  beforeAll(async () => {
    redis = await startRedisServer();
    client = createClient({ url: redis.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.quit();
    await redis?.stop();
  });
  beforeEach(async () => {
    await client?.flushAll();
  });
  return () => {
    if (!client) throw new Error('the Redis client is reached only inside a test');
    return client;
  };
}
