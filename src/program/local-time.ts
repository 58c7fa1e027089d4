import { DateTime, IANAZone } from 'luxon';

/** A wall-clock date and time as people write it in the program file. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** Whether `text` names a real calendar date and time (2026-02-30T10:00 does not). */
export function isLocalDateTime(text: string): boolean {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return false;
  const dt = DateTime.fromISO(text, { zone: 'UTC' });
  return dt.isValid && Number(m[4]) < 24 && Number(m[5]) < 60;
}

/**
 * The instant a wall-clock time names in `zone`, or null when the clock skips it
 * (the spring-forward hour). Times in the autumn's repeated hour resolve to the
 * earlier of the two, as people mean "02:30" the first time it comes round.
 */
export function localToInstant(local: string, zone: string): DateTime | null {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) return null;
  // Luxon moves a skipped time forward; reading it back shows the skip.
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return null;
  // Luxon takes the later of a repeated time; the earlier one, under the summer offset, shows the same wall clock.
  const fallBack = dt.minus({ hours: 3 }).offset - dt.offset;
  if (fallBack > 0) {
    const earlier = dt.minus({ minutes: fallBack });
    if (earlier.toFormat("yyyy-MM-dd'T'HH:mm") === local) return earlier;
  }
  return dt;
}

/** Wall-clock `local` moved by whole calendar days, at `time` (HH:MM). */
export function shiftLocalDate(local: string, days: number, time: string): string {
  const date = DateTime.fromISO(local, { zone: 'UTC' }).plus({ days });
  return `${date.toFormat('yyyy-MM-dd')}T${time}`;
}

export function localDatePart(local: string): string {
  return local.slice(0, 10);
}

export function formatLocal(instant: DateTime, zone: string): string {
  return instant.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}
