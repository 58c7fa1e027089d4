import { StoreError } from '../../src/errors';
import { createMemoryLeases } from '../../src/store/lease-repository';
import { replyLeaseName, replyLock } from '../../src/store/reply-lock';
import { FakeClock } from '../helpers/fake-clock';

describe('replyLock', () => {
  it('runs one save at a time per reply', async () => {
    const lock = replyLock(createMemoryLeases(new FakeClock('2026-11-23T10:00:00Z')), { ttlMs: 5_000, waitMs: 1_000 });
    const order: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const first = lock('r-1', async () => {
      order.push('first in');
      await gate;
      order.push('first out');
    });
    const second = lock('r-1', async () => {
      order.push('second');
    });
    open();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
  });

  it('gives up after waiting `waitMs` even when the bot clock stands still', async () => {
    // The wait is counted, not read from the clock: a clock that does not move cannot hold a save forever.
    const leases = createMemoryLeases(new FakeClock('2026-11-23T10:00:00Z'));
    expect(await leases.acquire(replyLeaseName('r-1'), 60_000)).not.toBeNull();
    const lock = replyLock(leases, { ttlMs: 5_000, waitMs: 50 });
    let ran = false;
    await expect(
      lock('r-1', async () => {
        ran = true;
      }),
    ).rejects.toBeInstanceOf(StoreError);
    expect(ran).toBe(false);
  });
});
