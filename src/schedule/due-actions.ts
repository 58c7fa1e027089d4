import { type PlannedAction, planProgram } from '../plan/plan-program';
import { instantOf, roundTimesLocal } from '../program/round-times';
import type { Program } from '../program/schema';
import { type LedgerEntry, type LedgerKey, ledgerKey } from '../store/ledger-repository';
import { DropReason } from './reason-codes';

/** What the planner needs to know of the world besides the program and the ledger. */
export interface ScheduleFacts {
  /** Per round, the networks whose group minutes are in. */
  documented: ReadonlyMap<number, ReadonlySet<string>>;
}

export interface DueAction {
  planned: PlannedAction;
  key: LedgerKey;
}

export interface DueActions {
  send: DueAction[];
  /** Due, but too late (or no longer needed) to make sense: recorded, not sent. */
  drop: { due: DueAction; reason: DropReason }[];
}

/** A deadline notice later than this after the deadline is noise, not news. */
const DEADLINE_GRACE_MS = 3 * 24 * 3_600_000;

/** Wait before trying a failed send again: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 60) * 60_000;
}

function moments(program: Program) {
  const zone = program.program.timezone;
  const at = (local: string) => instantOf(local, zone)?.toMillis() ?? Date.parse(`${local}:00Z`);
  return new Map(
    program.rounds.map((r) => {
      const times = roundTimesLocal(r);
      return [r.number, { post: at(times.post), meeting: at(r.meeting), deadline: at(times.deadline) }];
    }),
  );
}

/**
 * The pure core of the schedule: from the program, the moment and the
 * ledger, what to send now and what to give up on. node-cron only ticks it.
 *
 * - Done (sent or dropped) is never done again; keys name the round, network,
 *   action and slot, so a moved meeting moves what was not sent yet and a
 *   removed round simply stops being planned.
 * - Missed while down: questions and reminders only before their meeting, a
 *   nudge only before the deadline, the warning only before the round opens,
 *   the deadline notice within three days. Otherwise dropped.
 * - A nudge is dropped when the network's minutes are already in.
 * - A reminder is dropped when its round's questions go out with it or
 *   went out less than a day before (see oneMessageAfterPost).
 * - A failed send waits (retryDelayMs) before the next try; a pending one
 *   (a crash mid-send) is offered again, and the runner checks the platform
 *   before re-sending it.
 */
export function dueActions(program: Program, now: Date, ledger: readonly LedgerEntry[], facts: ScheduleFacts): DueActions {
  const t = now.getTime();
  const byKey = new Map(ledger.map((e) => [ledgerKey(e), e]));
  const when = moments(program);
  const out: DueActions = { send: [], drop: [] };
  const plan = planProgram(program);
  for (const planned of plan) {
    if (Date.parse(planned.at) > t) continue;
    const key: LedgerKey = {
      program: program.program.id,
      round: planned.round,
      network: planned.network,
      action: planned.action,
      slot: planned.slot,
    };
    const entry = byKey.get(ledgerKey(key));
    if (entry?.status === 'sent' || entry?.status === 'dropped') continue;
    if (entry?.status === 'failed' && Date.parse(entry.updatedAt) + retryDelayMs(entry.attempts ?? 1) > t) continue;
    const m = when.get(planned.round);
    if (!m) continue;
    const due = { planned, key };
    const late =
      planned.action === 'post' || planned.action === 'remind'
        ? t >= m.meeting
        : planned.action === 'nudge'
          ? t >= m.deadline
          : planned.action === 'warn'
            ? t >= m.post
            : t >= m.deadline + DEADLINE_GRACE_MS;
    if (late) out.drop.push({ due, reason: DropReason.TooLate });
    else if (planned.action === 'nudge' && planned.network && facts.documented.get(planned.round)?.has(planned.network)) {
      out.drop.push({ due, reason: DropReason.MinutesIn });
    } else out.send.push(due);
  }
  return oneMessageAfterPost(out, plan, byKey, t);
}

/** A reminder this close after its round's questions went out would only say the same again. */
const REMIND_AFTER_POST_MS = 24 * 3_600_000;

/**
 * One message, not two identical cards: a reminder planned a day or more
 * after its round's questions, but due together with them (a catch-up after
 * downtime, the first post after a link) or within a day after they went
 * out, is dropped; the questions carry the same *Svara*. A reminder the
 * program plans within a day of the questions is meant, and kept.
 */
function oneMessageAfterPost(out: DueActions, plan: readonly PlannedAction[], byKey: ReadonlyMap<string, LedgerEntry>, t: number): DueActions {
  const postOf = (d: DueAction) => ({ ...d.key, action: 'post' as const, slot: 0 });
  const plannedPost = new Map(plan.filter((p) => p.action === 'post').map((p) => [`${p.round}/${p.network}`, Date.parse(p.at)]));
  const meantApart = (d: DueAction) =>
    Date.parse(d.planned.at) - (plannedPost.get(`${d.planned.round}/${d.planned.network}`) ?? Number.NEGATIVE_INFINITY) >= REMIND_AFTER_POST_MS;
  const postingNow = new Set(out.send.filter((d) => d.planned.action === 'post').map((d) => ledgerKey(d.key)));
  const justPosted = (d: DueAction) => {
    const key = ledgerKey(postOf(d));
    const entry = byKey.get(key);
    return postingNow.has(key) || (entry?.status === 'sent' && t - Date.parse(entry.updatedAt) < REMIND_AFTER_POST_MS);
  };
  const send: DueAction[] = [];
  const drop = [...out.drop];
  for (const d of out.send) {
    if (d.planned.action === 'remind' && meantApart(d) && justPosted(d)) drop.push({ due: d, reason: DropReason.JustPosted });
    else send.push(d);
  }
  return { send, drop };
}
