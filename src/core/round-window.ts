import { instantOf, roundTimesLocal } from '../program/round-times';
import type { Program, Round } from '../program/schema';

/** A round's moments as instants. */
export interface RoundWindow {
  round: Round;
  post: Date;
  meeting: Date;
  deadline: Date;
}

function toDate(local: string, zone: string): Date {
  // A validated program has no skipped times; should one slip through, read
  // it as UTC rather than fail a request over it.
  return instantOf(local, zone)?.toJSDate() ?? new Date(`${local}:00Z`);
}

/** Worked out once per round and zone: every submission asks whether its round is open, and the zone arithmetic costs. */
const windows = new WeakMap<Round, { zone: string; window: RoundWindow }>();

/** A round's moments; the same (read-only) object each time for the same round and zone. */
export function roundWindow(program: Program, round: Round): Readonly<RoundWindow> {
  const zone = program.program.timezone;
  const known = windows.get(round);
  if (known?.zone === zone) return known.window;
  const times = roundTimesLocal(round);
  const window = { round, post: toDate(times.post, zone), meeting: toDate(round.meeting, zone), deadline: toDate(times.deadline, zone) };
  windows.set(round, { zone, window });
  return window;
}

/**
 * The round people are answering now: the latest one whose questions have
 * gone out. After its deadline it stays current until the next one opens, so
 * late replies and edits still land somewhere sensible. Undefined before the
 * first round opens.
 */
export function currentRound(program: Program, now: Date): Round | undefined {
  const open = program.rounds
    .map((r) => roundWindow(program, r))
    .filter((w) => w.post.getTime() <= now.getTime())
    .sort((a, b) => b.post.getTime() - a.post.getTime());
  return open[0]?.round;
}

/** The next round to open after `now`, for status lines. */
export function nextRound(program: Program, now: Date): RoundWindow | undefined {
  return program.rounds
    .map((r) => roundWindow(program, r))
    .filter((w) => w.post.getTime() > now.getTime())
    .sort((a, b) => a.post.getTime() - b.post.getTime())[0];
}
