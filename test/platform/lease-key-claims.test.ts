import { createClient } from '@keyv/redis';
import { StoreError } from '../../src/errors';
import { LeaseKeyClaims } from '../../src/platform/lease-key-claims';
import { createMemoryLeases } from '../../src/store/lease-repository';
import { openStore } from '../../src/store/open-store';
import { FakeClock } from '../helpers/fake-clock';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';

const T0 = '2026-11-23T10:00:00Z';
const describeRedis = redisServerAvailable() ? describe : describe.skip;

describe('LeaseKeyClaims over one lease repository (two instances sharing it)', () => {
  it('lets the first claim of a key win, here and on the other instance, until released', async () => {
    const clock = new FakeClock(T0);
    const leases = createMemoryLeases(clock);
    const a = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    const b = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    expect(await a.claim('trigger 🌱')).toBe(true);
    expect(await a.claim('trigger 🌱')).toBe(false);
    expect(await b.claim('trigger 🌱')).toBe(false);
    // B holds nothing: its release frees nothing.
    await b.release('trigger 🌱');
    expect(await a.claim('trigger 🌱')).toBe(false);
    await a.release('trigger 🌱');
    expect(await b.claim('trigger 🌱')).toBe(true);
    expect(await a.claim('trigger 🌱')).toBe(false);
    // Another key, an empty one and a very long one are claims of their own.
    expect(await a.claim('')).toBe(true);
    expect(await a.claim('x'.repeat(100_000))).toBe(true);
    expect(await b.claim('x'.repeat(99_999))).toBe(true);
  });

  it('lets the other instance take a key at once once the holder releases it, though it had lost that key before', async () => {
    // Teams re-sends an activity that A is handling to B, which loses; A's turn fails and releases the key so a
    // re-send is handled afresh; the next re-send lands on B again and must be handled there.
    const clock = new FakeClock(T0);
    const leases = createMemoryLeases(clock);
    const a = new LeaseKeyClaims(leases, 'test', 60 * 60_000, clock);
    const b = new LeaseKeyClaims(leases, 'test', 60 * 60_000, clock);
    expect(await a.claim('activity-1')).toBe(true);
    expect(await b.claim('activity-1')).toBe(false);
    await a.release('activity-1');
    expect(await b.claim('activity-1')).toBe(true);
    expect(await a.claim('activity-1')).toBe(false);
  });

  it('keeps prefixes apart', async () => {
    const clock = new FakeClock(T0);
    const leases = createMemoryLeases(clock);
    expect(await new LeaseKeyClaims(leases, 'one', 60_000, clock).claim('k')).toBe(true);
    expect(await new LeaseKeyClaims(leases, 'two', 60_000, clock).claim('k')).toBe(true);
    expect(await new LeaseKeyClaims(leases, 'one', 60_000, clock).claim('k')).toBe(false);
  });

  it('lets a key be claimed again once its window has passed', async () => {
    const clock = new FakeClock(T0);
    const leases = createMemoryLeases(clock);
    const a = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    const b = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    expect(await a.claim('k')).toBe(true);
    clock.advance(59_999);
    expect(await b.claim('k')).toBe(false);
    expect(await a.claim('k')).toBe(false);
    clock.advance(1);
    expect(await b.claim('k')).toBe(true);
    expect(await a.claim('k')).toBe(false);
  });

  it('forgets the tokens of its oldest claims beyond a thousand, so only the newer ones can be released early', async () => {
    const clock = new FakeClock(T0);
    const leases = createMemoryLeases(clock);
    const a = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    const b = new LeaseKeyClaims(leases, 'test', 60_000, clock);
    for (let i = 0; i <= 1000; i++) expect(await a.claim(`k${i}`)).toBe(true);
    await a.release('k0');
    await a.release('k1000');
    // k0's lease lapses by itself; k1000 was released at once.
    expect(await b.claim('k0')).toBe(false);
    expect(await b.claim('k1000')).toBe(true);
    // A itself may try k0 again at once: its own memory was released.
    clock.advance(60_000);
    expect(await b.claim('k0')).toBe(true);
  });
});

describeRedis('LeaseKeyClaims on Redis', () => {
  const clock = new FakeClock(T0);
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('stores the lease under the prefix and a hash of the key, never the key itself', async () => {
    const store = await openStore(redis.url);
    try {
      const conversation = 'a:1xYz-teams-conversation@thread.tacv2';
      expect(await new LeaseKeyClaims(store.leases, 'seen:hash', 60_000, clock).claim(conversation)).toBe(true);
      const client = createClient({ url: redis.url });
      await client.connect();
      const keys = await client.keys('*hash*');
      await client.quit();
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^lnb:lease:seen:hash:[0-9a-f]{32}$/);
      expect(keys[0]).not.toContain('thread');
    } finally {
      await store.close();
    }
  });

  it('decides in memory and reports each failure while Redis cannot be reached', async () => {
    const lost = await openStore(redis.url);
    const errors: [string, unknown][] = [];
    const claims = new LeaseKeyClaims(lost.leases, 'lost', 60_000, clock, (op, e) => errors.push([op, e]));
    expect(await claims.claim('held')).toBe(true);
    await lost.close();
    // A first request is never dropped; a repeat this instance saw is.
    expect(await claims.claim('new')).toBe(true);
    expect(await claims.claim('new')).toBe(false);
    await claims.release('held');
    expect(errors.map(([op]) => op)).toEqual(['claim', 'release']);
    expect(errors[0]?.[1]).toBeInstanceOf(StoreError);
  });
});
