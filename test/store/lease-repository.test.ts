import { ErrorCode, StoreError } from '../../src/errors';
import { createMemoryLeases, createRedisLeases } from '../../src/store/lease-repository';
import { FIRST_CONNECT_TRIES } from '../../src/store/redis-reconnect';
import { FakeClock } from '../helpers/fake-clock';
import { freePort } from '../helpers/redis-server';

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
