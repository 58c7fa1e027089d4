import type { BotContext } from '../core/bot-context';
import { purgeMessage } from '../core/messages/purge-message';
import { type PurgeCounts, purgeReplies } from '../replies/purge-replies';
import { ledgerKey } from '../store/ledger-repository';
import { retryDelayMs } from './due-actions';
import { purgeDue } from './purge-due';
import type { Reached } from './send-direct-once';
import { tellCoordinators } from './tell-coordinators';

/** Deleting many replies one by one may take a while; another instance waits this long before taking over. */
export const PURGE_LEASE_MS = 10 * 60_000;

export type PurgeOutcome =
  | { status: 'purged'; counts: PurgeCounts }
  /** Not due, done today already, or another instance holds it. */
  | { status: 'skipped' };

const ZERO: PurgeCounts = { answers: 0, minutes: 0, versions: 0 };

function countsOf(detail: string | undefined): PurgeCounts {
  try {
    const parsed = JSON.parse(detail ?? '') as Partial<PurgeCounts>;
    return { answers: parsed.answers ?? 0, minutes: parsed.minutes ?? 0, versions: parsed.versions ?? 0 };
  } catch {
    return ZERO;
  }
}

const sum = (a: PurgeCounts, b: PurgeCounts): PurgeCounts => ({
  answers: a.answers + b.answers,
  minutes: a.minutes + b.minutes,
  versions: a.versions + b.versions,
});

/**
 * The daily retention purge, through the same lease and ledger as the
 * schedule: one instance claims the day, deletes every reply of the program
 * (with history), and tells the coordinators once what it deleted (counts
 * only; nothing is said on a day that found nothing). The counts are kept in
 * the ledger before the notice, so a crash or a failed notice tells the whole
 * count on the next try, which deletes nothing twice.
 */
export async function runPurge(ctx: BotContext): Promise<PurgeOutcome> {
  const { program, store, log } = ctx;
  const due = purgeDue(program, ctx.clock.now());
  if (!due) return { status: 'skipped' };
  const name = ledgerKey(due.key);
  const seen = await store.ledger.get(due.key);
  if (seen?.status === 'sent') return { status: 'skipped' };
  if (seen?.status === 'failed' && Date.parse(seen.updatedAt) + retryDelayMs(seen.attempts ?? 1) > ctx.clock.now().getTime()) {
    return { status: 'skipped' };
  }
  const token = await store.leases.acquire(name, PURGE_LEASE_MS);
  if (!token) return { status: 'skipped' };
  const stamp = () => ctx.clock.now().toISOString();
  try {
    const entry = await store.ledger.get(due.key);
    if (entry?.status === 'sent') return { status: 'skipped' };
    const attempts = (entry?.attempts ?? 0) + 1;
    let counts = countsOf(entry?.detail);
    // Coordinators already told (noted after each notice), so a retry tells only the rest.
    let reached: Reached = entry?.reached ?? {};
    const record = (status: 'pending' | 'sent' | 'failed') =>
      store.ledger.set({
        ...due.key,
        status,
        attempts,
        detail: JSON.stringify(counts),
        ...(Object.keys(reached).length > 0 ? { reached } : {}),
        updatedAt: stamp(),
      });
    await record('pending');
    counts = sum(counts, await purgeReplies(store.replies, program.program.id));
    await record('pending');
    log.info({ action: name, ...counts }, 'retention: replies deleted');
    if (counts.answers + counts.minutes > 0 && (await store.leases.holds(name, token))) {
      const resuming = entry?.status === 'pending' || entry?.status === 'failed';
      const note = async (now: Reached) => {
        reached = now;
        await record('pending');
      };
      const message = purgeMessage(ctx.program, counts, ctx.program.program.locale);
      const { failures } = await tellCoordinators(ctx, () => message, name, { resuming, reached, note });
      if (failures > 0) {
        await record('failed');
        return { status: 'purged', counts };
      }
    }
    await record('sent');
    return { status: 'purged', counts };
  } finally {
    await store.leases.release(name, token).catch(() => undefined);
  }
}
