import { createMemoryLeases } from '../../src/store/lease-repository';
import { FakeClock } from '../helpers/fake-clock';

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
