import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import { unreachableMessage } from '../core/messages/unreachable-message';
import { SEND_LEASE_MS } from '../core/port';
import { asCodedError, DeliveryError } from '../errors';
import { type LedgerEntry, ledgerKey } from '../store/ledger-repository';
import { documentedByRound } from './documented-by-round';
import { type DueAction, dueActions } from './due-actions';
import { SendProblem } from './reason-codes';
import { sendAction } from './send-action';
import type { Reached } from './send-direct-once';
import { tellCoordinators } from './tell-coordinators';

export interface TickReport {
  sent: string[];
  dropped: string[];
  failed: string[];
  /** Held by another instance, or done by it meanwhile. */
  skipped: string[];
}

class LeaseLost extends Error {}

/**
 * One tick of the schedule: asks the pure planner what is due, then for
 * each action claims it (a lease, so of several instances one acts),
 * re-reads the ledger, records `pending`, sends, and records the outcome.
 * A failure is recorded and retried later; it never stops the other actions.
 */
export async function runDue(ctx: BotContext, opts: { leaseMs?: number } = {}): Promise<TickReport> {
  const { program, store, log } = ctx;
  const now = ctx.clock.now();
  const report: TickReport = { sent: [], dropped: [], failed: [], skipped: [] };
  const ledger = await store.ledger.list(program.program.id);
  // Whether a network's minutes are in matters only to its leaders' nudge, so
  // only the networks with a nudge due are read, each by key: a tick costs
  // what is due, not what is stored.
  const nudged = dueActions(program, now, ledger, { documented: new Map() }).send.flatMap(({ key }) =>
    key.action === 'nudge' && key.network ? [{ program: program.program.id, round: key.round, network: key.network }] : [],
  );
  const read = await Promise.all(nudged.map((scope) => store.replies.listByScope(scope)));
  const documented = documentedByRound(read.flat());
  const due = dueActions(program, now, ledger, { documented });

  for (const { due: d, reason } of due.drop) {
    const name = ledgerKey(d.key);
    await store.ledger.set({ ...d.key, status: 'dropped', detail: reason, updatedAt: now.toISOString() });
    log.info({ action: name, reason }, 'schedule: dropped');
    report.dropped.push(name);
  }
  // The whole tick sends from the version it planned with, though the program file may be reloaded meanwhile.
  const tickCtx: BotContext = { ...ctx, program };
  const channelless = await networksWithoutChannel(tickCtx, due.send);
  for (const d of due.send) {
    // A network with no channel yet is a state (status shows it; the coordinators were warned before the round), not a failure:
    // its questions wait, unrecorded, and go out at the first tick after a link.
    if ((d.planned.action === 'post' || d.planned.action === 'remind') && d.planned.network && channelless.has(d.planned.network)) {
      log.debug({ action: ledgerKey(d.key) }, 'schedule: waits for a channel');
      report.skipped.push(ledgerKey(d.key));
      continue;
    }
    const outcome = await runOne(tickCtx, d, opts.leaseMs ?? SEND_LEASE_MS);
    report[outcome].push(ledgerKey(d.key));
  }
  return report;
}

/** The networks among those with a post or reminder due that have no channel (linked or in the file). */
async function networksWithoutChannel(ctx: BotContext, due: readonly DueAction[]): Promise<Set<string>> {
  const ids = new Set(due.flatMap((d) => (d.planned.action === 'post' || d.planned.action === 'remind') && d.planned.network ? [d.planned.network] : []));
  const without = new Set<string>();
  for (const id of ids) {
    const network = ctx.program.networks.find((n) => n.id === id);
    if (!network || !(await targetOf(ctx, network))) without.add(id);
  }
  return without;
}

async function runOne(ctx: BotContext, due: DueAction, leaseMs: number): Promise<'sent' | 'dropped' | 'failed' | 'skipped'> {
  const { store, log } = ctx;
  const name = ledgerKey(due.key);
  const token = await store.leases.acquire(name, leaseMs);
  if (!token) return 'skipped';
  const stamp = () => ctx.clock.now().toISOString();
  let entry: LedgerEntry | undefined;
  // Who has had their private message so far; kept in every record of this action, the failed one too.
  let reached: Reached = {};
  const noted = () => (Object.keys(reached).length > 0 ? { reached } : {});
  try {
    entry = await store.ledger.get(due.key);
    if (entry?.status === 'sent' || entry?.status === 'dropped') return 'skipped';
    // After a crash (pending) or a failure (a timeout may have posted all the same), ask the platform first.
    const resuming = entry?.status === 'pending' || entry?.status === 'failed';
    reached = entry?.reached ?? {};
    const attempts = (entry?.attempts ?? 0) + 1;
    await store.ledger.set({ ...due.key, status: 'pending', attempts, ...noted(), updatedAt: stamp() });
    const fence = async () => {
      if (!(await store.leases.holds(name, token))) throw new LeaseLost(name);
    };
    const note = async (now: Reached) => {
      reached = now;
      await store.ledger.set({ ...due.key, status: 'pending', attempts, ...noted(), updatedAt: stamp() });
    };
    const outcome = await sendAction(ctx, due, name, { resuming, reached, note, fence });
    if (outcome.status === 'sent') {
      await store.ledger.set({ ...due.key, status: 'sent', attempts, receipt: outcome.receipt, updatedAt: stamp() });
      log.info({ action: name }, 'schedule: sent');
      return 'sent';
    }
    await store.ledger.set({ ...due.key, status: 'dropped', attempts, detail: outcome.reason, updatedAt: stamp() });
    log.info({ action: name, reason: outcome.reason }, 'schedule: dropped');
    return 'dropped';
  } catch (e) {
    if (e instanceof LeaseLost) {
      log.warn({ action: name }, 'schedule: lease lapsed before the send; another instance takes over');
      return 'skipped';
    }
    const detail = e instanceof DeliveryError ? `${e.reason}: ${e.platformError}` : asCodedError(e).message;
    const attempts = (entry?.attempts ?? 0) + 1;
    await store.ledger
      .set({ ...due.key, status: 'failed', attempts, detail, ...noted(), updatedAt: stamp() })
      .catch((err: unknown) => log.error({ action: name, err: asCodedError(err).message }, 'schedule: could not record a failure'));
    log.warn({ action: name, detail, attempts }, 'schedule: send failed, will retry');
    if (e instanceof DeliveryError && e.reason === 'unreachable' && e.platformError !== SendProblem.NoChannel && attempts === 1) await tellRefused(ctx, due, name);
    return 'failed';
  } finally {
    await store.leases.release(name, token).catch(() => undefined);
  }
}

/** The first time a network's channel refuses, the coordinators hear of it, naming the network. */
async function tellRefused(ctx: BotContext, due: DueAction, name: string): Promise<void> {
  const network = ctx.program.networks.find((n) => n.id === due.planned.network);
  if (!network || (due.planned.action !== 'post' && due.planned.action !== 'remind')) return;
  await tellCoordinators(ctx, (platform) => unreachableMessage(network, ctx.program.program.locale, platform), `${name}/unreachable`);
}
