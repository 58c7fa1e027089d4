import { DateTime } from 'luxon';
import type { Locale } from '../i18n/translate';

/**
 * A moment as people say it in the program's zone: "torsdag 3 december kl. 13.00"
 * or "Thursday 3 December at 13:00". Swedish writes the time with a point.
 */
export function formatWhen(at: Date, zone: string, locale: Locale): string {
  const dt = DateTime.fromJSDate(at, { zone }).setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return locale === 'sv' ? dt.toFormat("cccc d MMMM 'kl.' HH.mm") : dt.toFormat("cccc d MMMM 'at' HH:mm");
}

/** Only the day: "torsdag 3 december". */
export function formatDay(at: Date, zone: string, locale: Locale): string {
  const dt = DateTime.fromJSDate(at, { zone }).setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return dt.toFormat('cccc d MMMM');
}

/** A date with its year, for what may be from an earlier program: "23 november 2026". */
export function formatDate(at: Date, zone: string, locale: Locale): string {
  return DateTime.fromJSDate(at, { zone })
    .setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('d MMMM yyyy');
}
