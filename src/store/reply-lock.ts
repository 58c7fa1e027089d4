import { StoreError } from '../errors';
import type { LeaseRepository } from './lease-repository';

/** Runs one reply's read-modify-write alone, among every instance that shares the store. */
export type ReplyLock = <R>(id: string, fn: () => Promise<R>) => Promise<R>;

export interface ReplyLockTiming {
  /** How long a claim lives if its holder dies mid-save: a save takes milliseconds. */
  ttlMs: number;
  /** How long a save waits for another instance's save of the same reply before giving up. */
  waitMs: number;
}

// The wait stays well inside Slack's three seconds: the submit path saves before it answers, and
// a save that gives up is told "your text is still here" instead of timing out.
const TIMING: ReplyLockTiming = { ttlMs: 5_000, waitMs: 1_500 };

/** The lease that guards one reply id (Redis key `lnb:lease:reply:<id>`). */
export const replyLeaseName = (id: string) => `reply:${id}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A lock per reply id from the shared leases (Redis SET NX PX), for stores
 * that several instances write: without it two instances saving the same
 * reply at once (group minutes edited by two leaders, a retry landing on
 * another instance) both read the old version, and one edit is missing from
 * the history. A busy lock is tried again after a short random back-off
 * (5 ms doubling to 100 ms); once the back-offs add up to `waitMs` the save
 * fails with a StoreError, which the submit path answers with "could not
 * save, your text is still here". The wait is counted, not read from a
 * clock: only src/clock.ts reads the time, and a test's clock stands still.
 */
export function replyLock(leases: LeaseRepository, timing: ReplyLockTiming = TIMING): ReplyLock {
  return async (id, fn) => {
    const name = replyLeaseName(id);
    let waited = 0;
    let delay = 5;
    for (;;) {
      const token = await leases.acquire(name, timing.ttlMs);
      if (token) {
        try {
          return await fn();
        } finally {
          // If this fails (Redis went away) the claim lapses by itself within ttlMs.
          await leases.release(name, token).catch(() => undefined);
        }
      }
      if (waited >= timing.waitMs) throw new StoreError('replies.lock', 'another instance is saving the same reply');
      const pause = Math.min(delay * (0.5 + Math.random()), Math.max(1, timing.waitMs - waited));
      await sleep(pause);
      waited += pause;
      delay = Math.min(delay * 2, 100);
    }
  };
}
