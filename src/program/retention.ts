import { DateTime } from 'luxon';
import { formatLocal } from './local-time';
import { roundTimesLocal } from './round-times';
import type { Program } from './schema';

/** Months replies are kept after the last round's deadline when the program file does not say. */
export const DEFAULT_RETENTION_MONTHS = 12;

export interface RetentionEnd {
  /** The program's wall-clock time, YYYY-MM-DDTHH:MM. */
  local: string;
  at: Date;
  months: number;
}

/**
 * When a program's replies may no longer be kept: the last round's deadline
 * plus `program.retention.months` calendar months, on the wall clock of the
 * program's zone (so a deadline at 09:00 in winter ends at 09:00 in summer).
 * Pure: the same program gives the same moment.
 */
export function retentionEnd(program: Program): RetentionEnd {
  const zone = program.program.timezone;
  const months = program.program.retention.months;
  const last = program.rounds.map((r) => roundTimesLocal(r).deadline).sort().at(-1) as string;
  // Luxon adds months on the local calendar (31 January + 1 month is 28 February)
  // and moves a time the clocks skip forward rather than failing.
  const end = DateTime.fromISO(last, { zone }).plus({ months });
  return { local: formatLocal(end, zone), at: end.toJSDate(), months };
}
