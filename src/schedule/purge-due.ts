import { DateTime } from 'luxon';
import { outsideQuietHours } from '../plan/quiet-hours';
import { retentionEnd } from '../program/retention';
import { instantOf } from '../program/round-times';
import type { Program } from '../program/schema';
import type { LedgerKey } from '../store/ledger-repository';

/**
 * The purge's time of day, local. It tells the coordinators what it deleted,
 * so it keeps to working hours like every other message (quiet hours move it).
 */
export const PURGE_TIME = '09:00';

export interface PurgeDue {
  /** The local date of this day's purge, YYYY-MM-DD. */
  day: string;
  at: Date;
  key: LedgerKey;
}

/**
 * Whether today's purge of the program's replies is due: once retention has
 * ended, every day at PURGE_TIME in the program's zone (a reply imported
 * after the first purge goes the next day). Pure; one ledger key per day,
 * so a day's purge runs once however many ticks and instances see it.
 */
export function purgeDue(program: Program, now: Date): PurgeDue | undefined {
  const end = retentionEnd(program);
  if (now.getTime() < end.at.getTime()) return undefined;
  const zone = program.program.timezone;
  const day = DateTime.fromMillis(now.getTime(), { zone }).toFormat('yyyy-MM-dd');
  const requested = `${day}T${PURGE_TIME}`;
  const moved = outsideQuietHours(requested, program.program.quietHours);
  // Quiet hours that push it into tomorrow would push it on every day: then keep the set time.
  const local = moved.startsWith(day) ? moved : requested;
  const at = instantOf(local, zone)?.toJSDate() ?? DateTime.fromISO(local, { zone }).toJSDate();
  if (now.getTime() < at.getTime()) return undefined;
  return { day, at, key: { program: program.program.id, round: 0, network: null, action: 'purge', slot: Number(day.replace(/-/g, '')) } };
}
