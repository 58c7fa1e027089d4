import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { StoreError } from '../../src/errors';
import { recentClaims } from '../../src/platform/recent-claims';
import { openStore, type Store } from '../../src/store/open-store';
import { FakeClock } from '../helpers/fake-clock';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { tempDir } from '../helpers/temp-dir';

const available = redisServerAvailable();
const describeRedis = available ? describe : describe.skip;
const T0 = '2026-11-23T10:00:00Z';

describe('recent claims on SQLite (one process: in memory)', () => {
  const dir = tempDir();
  const clock = new FakeClock(T0);
  let store: Store;
  beforeAll(async () => {
    store = await openStore(`sqlite://${join(dir.path, 'claims.sqlite')}`, dir.path, clock);
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  it('wins once, loses a repeat, and wins again once released', async () => {
    const claims = recentClaims(store, 'test', 60_000, clock);
    expect(await claims.claim('k')).toBe(true);
    expect(await claims.claim('k')).toBe(false);
    await claims.release('k');
    expect(await claims.claim('k')).toBe(true);
  });

  it('forgets a key once its window has passed by the given clock', async () => {
    const claims = recentClaims(store, 'window', 60_000, clock);
    expect(await claims.claim('k')).toBe(true);
    clock.advance(59_999);
    expect(await claims.claim('k')).toBe(false);
    clock.advance(1);
    expect(await claims.claim('k')).toBe(true);
  });
});

describeRedis('recent claims on Redis (shared by instances)', () => {
  const clock = new FakeClock(T0);
  let redis: RedisServer;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    redis = await startRedisServer();
    a = await openStore(redis.url);
    b = await openStore(redis.url);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await redis.stop();
  });

  it('lets one instance win a key, and the other have it once released', async () => {
    const onA = recentClaims(a, 'test', 60_000, clock);
    const onB = recentClaims(b, 'test', 60_000, clock);
    const first = await Promise.all([onA.claim('k1'), onB.claim('k1'), onA.claim('k1'), onB.claim('k1')]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await onB.claim('k1')).toBe(false);
    await onA.release('k1');
    // Only the winner's release counts; B's own (it holds nothing) is harmless.
    await onB.release('k1');
    expect(await onB.claim('k1')).toBe(true);
    expect(await onA.claim('k1')).toBe(false);
  });

  it('keeps the uses apart, and lets Redis forget a key after its window', async () => {
    const short = recentClaims(a, 'short', 60_000, clock);
    expect(await short.claim('k2')).toBe(true);
    expect(await recentClaims(b, 'other', 60_000, clock).claim('k2')).toBe(true);
    expect(await recentClaims(b, 'short', 60_000, clock).claim('k2')).toBe(false);
    // The shared window is the lease's expiry in Redis (PX), kept by the server's own time.
    const client = createClient({ url: redis.url });
    await client.connect();
    const [lease] = await client.keys('lnb:lease:seen:short:*');
    const ttl = await client.pTTL(lease ?? '');
    await client.quit();
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('decides in memory while Redis cannot be reached, never dropping a first request', async () => {
    const lost = await openStore(redis.url);
    const errors: unknown[] = [];
    const claims = recentClaims(lost, 'test', 60_000, clock, (_op, e) => errors.push(e));
    await lost.close();
    expect(await claims.claim('k3')).toBe(true);
    expect(await claims.claim('k3')).toBe(false);
    await claims.release('k3');
    expect(await claims.claim('k3')).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toBeInstanceOf(StoreError);
  });
});
