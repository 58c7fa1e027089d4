import { instantOf, roundTimesLocal } from '../program/round-times';
import type { Program } from '../program/schema';

export type PlanActionKind = 'post' | 'remind' | 'nudge' | 'deadline';

/** One thing the bot will do at one moment: the contract `lnb check --json` prints. */
export interface PlannedAction {
  action: PlanActionKind;
  round: number;
  /** The network it goes to; null for what goes to the coordinators. */
  network: string | null;
  /** UTC, ISO 8601 with milliseconds. */
  at: string;
  /** The program's wall-clock time, YYYY-MM-DDTHH:MM. */
  atLocal: string;
}

const ORDER: Record<PlanActionKind, number> = { post: 0, remind: 1, nudge: 2, deadline: 3 };

/**
 * Everything a program implies, round by round in time order. Pure: the same
 * program gives the same plan. A validated program has no skipped local times,
 * but should one slip through it moves forward with the clocks rather than vanish.
 */
export function planProgram(program: Program): PlannedAction[] {
  const zone = program.program.timezone;
  const actions: PlannedAction[] = [];
  const add = (action: PlanActionKind, round: number, network: string | null, atLocal: string) => {
    const instant = instantOf(atLocal, zone);
    const at = instant ? instant.toUTC().toISO() : new Date(Date.parse(`${atLocal}:00Z`)).toISOString();
    actions.push({ action, round, network, at: at ?? '', atLocal });
  };
  const rounds = [...program.rounds].sort((a, b) => (a.meeting < b.meeting ? -1 : 1));
  for (const round of rounds) {
    const times = roundTimesLocal(round);
    for (const network of program.networks) {
      add('post', round.number, network.id, times.post);
      for (const t of times.reminders) add('remind', round.number, network.id, t);
      for (const t of times.nudges) add('nudge', round.number, network.id, t);
    }
    add('deadline', round.number, null, times.deadline);
  }
  const roundOrder = new Map(rounds.map((r, i) => [r.number, i]));
  const networkOrder = new Map(program.networks.map((n, i) => [n.id, i]));
  return actions.sort(
    (a, b) =>
      (roundOrder.get(a.round) ?? 0) - (roundOrder.get(b.round) ?? 0) ||
      a.at.localeCompare(b.at) ||
      ORDER[a.action] - ORDER[b.action] ||
      (networkOrder.get(a.network ?? '') ?? -1) - (networkOrder.get(b.network ?? '') ?? -1),
  );
}
