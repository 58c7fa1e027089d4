import { shiftLocalDate } from '../program/local-time';
import { instantOf, roundTimesLocal } from '../program/round-times';
import type { Program } from '../program/schema';
import { outsideQuietHours } from './quiet-hours';

/**
 * `warn` tells the coordinators, a day before a round opens, about networks
 * that have no channel yet (whether any lack one is known only when it runs).
 */
export type PlanActionKind = 'warn' | 'post' | 'remind' | 'nudge' | 'deadline';

/** One thing the bot will do at one moment: the contract `lnb check --json` prints. */
export interface PlannedAction {
  action: PlanActionKind;
  round: number;
  /** The network it goes to; null for what goes to the coordinators. */
  network: string | null;
  /** Which of several actions of one kind and round (the 2nd reminder is slot 1). */
  slot: number;
  /** UTC, ISO 8601 with milliseconds. */
  at: string;
  /** The program's wall-clock time, YYYY-MM-DDTHH:MM, after quiet hours. */
  atLocal: string;
  /** The time the program file asked for, when quiet hours moved it. */
  requestedLocal?: string;
}

const ORDER: Record<PlanActionKind, number> = { warn: 0, post: 1, remind: 2, nudge: 3, deadline: 4 };

/**
 * Everything a program implies, round by round in time order. Pure: the same
 * program gives the same plan. A validated program has no skipped local times,
 * but should one slip through it moves forward with the clocks rather than vanish.
 */
export function planProgram(program: Program): readonly PlannedAction[] {
  let plan = plans.get(program);
  if (!plan) {
    plan = Object.freeze(planOf(program));
    plans.set(program, plan);
  }
  return plan;
}

/**
 * Plans made, by program: a program is never changed once loaded (a reload
 * makes a new one), so its plan is made once, not at every tick and status.
 */
const plans = new WeakMap<Program, readonly PlannedAction[]>();

function planOf(program: Program): PlannedAction[] {
  const zone = program.program.timezone;
  const actions: PlannedAction[] = [];
  const quiet = program.program.quietHours;
  // Every network of a round shares its times: each local time is placed in
  // the zone once (a time zone look-up is the costly part of a plan).
  const placed = new Map<string, { at: string; atLocal: string }>();
  const place = (requested: string) => {
    let p = placed.get(requested);
    if (!p) {
      const atLocal = outsideQuietHours(requested, quiet);
      const instant = instantOf(atLocal, zone);
      const at = instant ? instant.toUTC().toISO() : new Date(Date.parse(`${atLocal}:00Z`)).toISOString();
      p = { at: at ?? '', atLocal };
      placed.set(requested, p);
    }
    return p;
  };
  const add = (action: PlanActionKind, round: number, network: string | null, requested: string, slot = 0) => {
    const { at, atLocal } = place(requested);
    const moved = atLocal === requested ? {} : { requestedLocal: requested };
    actions.push({ action, round, network, slot, at, atLocal, ...moved });
  };
  const rounds = [...program.rounds].sort((a, b) => (a.meeting < b.meeting ? -1 : 1));
  for (const round of rounds) {
    const times = roundTimesLocal(round);
    add('warn', round.number, null, shiftLocalDate(times.post, -1, times.post.slice(11, 16)));
    for (const network of program.networks) {
      add('post', round.number, network.id, times.post);
      for (const [slot, t] of times.reminders.entries()) add('remind', round.number, network.id, t, slot);
      for (const [slot, t] of times.nudges.entries()) add('nudge', round.number, network.id, t, slot);
    }
    add('deadline', round.number, null, times.deadline);
  }
  const roundOrder = new Map(rounds.map((r, i) => [r.number, i]));
  const networkOrder = new Map(program.networks.map((n, i) => [n.id, i]));
  return actions.sort(
    (a, b) =>
      (roundOrder.get(a.round) ?? 0) - (roundOrder.get(b.round) ?? 0) ||
      // Instants in one ISO form: compared as text, as code units (no collation).
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      ORDER[a.action] - ORDER[b.action] ||
      (networkOrder.get(a.network ?? '') ?? -1) - (networkOrder.get(b.network ?? '') ?? -1),
  );
}
