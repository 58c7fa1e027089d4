import { createClient } from '@keyv/redis';
import { ErrorCode, StoreError } from '../../src/errors';
import { createMemoryLeases, createRedisLeases, redisVersionProblem } from '../../src/store/lease-repository';
import { FIRST_CONNECT_TRIES } from '../../src/store/redis-reconnect';
import { FakeClock } from '../helpers/fake-clock';
import { freePort, type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';

describe('memory leases (the SQLite store)', () => {
  it('hold a claim for its ttl by the given clock, then let the next holder have it', async () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const leases = createMemoryLeases(clock);
    const first = await leases.acquire('round/1/post', 800);
    expect(first).not.toBeNull();
    expect(await leases.acquire('round/1/post', 800)).toBeNull();
    clock.advance(799);
    expect(await leases.holds('round/1/post', first ?? '')).toBe(true);
    clock.advance(1);
    // The holder's claim lapsed: it no longer holds it, and another instance may take it.
    expect(await leases.holds('round/1/post', first ?? '')).toBe(false);
    const second = await leases.acquire('round/1/post', 800);
    expect(second).not.toBeNull();
    // A late release by the old holder does not free the new holder's claim.
    await leases.release('round/1/post', first ?? '');
    expect(await leases.holds('round/1/post', second ?? '')).toBe(true);
  });
});

describe('Redis leases', () => {
  it('give up on a server that is not there after a few tries, with a coded error that says so', async () => {
    const port = await freePort();
    const failure = await createRedisLeases(`redis://127.0.0.1:${port}`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: ErrorCode.StoreUnavailable, operation: 'leases.connect' });
    expect((failure as Error).message).toContain(`Redis did not answer after ${FIRST_CONNECT_TRIES} tries`);
    expect((failure as Error).message).toContain('ECONNREFUSED');
  });
});

describe('the Redis version the leases need', () => {
  it('is 7 or newer (flags on scripts); an older server is named with the fix', () => {
    expect(redisVersionProblem('# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n')).toBeUndefined();
    expect(redisVersionProblem('redis_version:8.2.1\r\n')).toBeUndefined();
    expect(redisVersionProblem('# Server\r\nredis_version:6.2.14\r\n')).toBe(
      'Redis 6.2.14 found; the bot needs Redis 7 or newer: upgrade the server STORE_URL names',
    );
    // A server that does not say which version it is (a Redis-compatible one) is tried as it is.
    expect(redisVersionProblem('# Server\r\nvalkey_mode:standalone\r\n')).toBeUndefined();
  });
});

if (redisServerAvailable()) {
  describe('Redis leases on a full server (maxmemory reached, no eviction)', () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(async () => redis.stop());

    it('are still taken and released, though the server refuses other writes', async () => {
      const leases = await createRedisLeases(redis.url);
      const admin = createClient({ url: redis.url });
      await admin.connect();
      await admin.configSet({ maxmemory: '1', 'maxmemory-policy': 'noeviction' });
      try {
        await expect(admin.set('lnb:other', 'x')).rejects.toThrow(/OOM/);
        const token = await leases.acquire('reply:r-1', 5_000);
        expect(token).toEqual(expect.any(String));
        expect(await leases.acquire('reply:r-1', 5_000)).toBeNull();
        expect(await leases.holds('reply:r-1', token ?? '')).toBe(true);
        await leases.release('reply:r-1', token ?? '');
        expect(await leases.acquire('reply:r-1', 5_000)).toEqual(expect.any(String));
      } finally {
        await admin.configSet({ maxmemory: '0' });
        await admin.quit();
        await leases.close();
      }
    });
  });
}
