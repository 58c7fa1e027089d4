import type { DateTime } from 'luxon';
import { localToInstant, shiftLocalDate } from './local-time';
import type { Round } from './schema';

type Before = Round['post'];
type After = Round['deadline'];

/** A round's moments as wall-clock strings in the program's zone. */
export interface RoundTimesLocal {
  meeting: string;
  post: string;
  reminders: string[];
  deadline: string;
  /** Nudges to leaders whose minutes are missing: halfway to the deadline and the day before it. */
  nudges: string[];
}

/** The time of day nudges go out; the schedule's quiet hours apply on top. */
export const NUDGE_TIME = '09:00';

export function resolveBefore(meeting: string, spec: Before): string {
  return typeof spec === 'string' ? spec : shiftLocalDate(meeting, -spec.daysBefore, spec.at);
}

export function resolveAfter(meeting: string, spec: After): string {
  return typeof spec === 'string' ? spec : shiftLocalDate(meeting, spec.daysAfter, spec.at);
}

function daysBetween(fromLocal: string, toLocal: string): number {
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((day(toLocal) - day(fromLocal)) / 86_400_000);
}

/**
 * Nudge days count calendar days, not hours, so they land on the same local
 * date whether or not the clocks change in between.
 */
export function nudgeTimes(meeting: string, deadline: string): string[] {
  const span = daysBetween(meeting, deadline);
  const days = new Set<number>();
  if (span >= 2) days.add(Math.floor(span / 2));
  if (span >= 1) days.add(span - 1);
  return [...days]
    .filter((d) => d >= 1)
    .sort((a, b) => a - b)
    .map((d) => shiftLocalDate(meeting, d, NUDGE_TIME));
}

export function roundTimesLocal(round: Round): RoundTimesLocal {
  const deadline = resolveAfter(round.meeting, round.deadline);
  return {
    meeting: round.meeting,
    post: resolveBefore(round.meeting, round.post),
    reminders: round.reminders.map((r) => resolveBefore(round.meeting, r)),
    deadline,
    nudges: nudgeTimes(round.meeting, deadline),
  };
}

/** The instant of a local time; null in a skipped (spring-forward) hour. */
export function instantOf(local: string, zone: string): DateTime | null {
  return localToInstant(local, zone);
}
