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

export function roundWindow(program: Program, round: Round): RoundWindow {
  const zone = program.program.timezone;
  const times = roundTimesLocal(round);
  return { round, post: toDate(times.post, zone), meeting: toDate(round.meeting, zone), deadline: toDate(times.deadline, zone) };
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
