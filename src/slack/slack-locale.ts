import type { Locale } from '../i18n/translate';

/** A Slack locale ("en-US", "sv-SE") as one we speak, or undefined for the program's. */
export function slackLocale(locale: string | undefined | null): Locale | undefined {
  if (!locale) return undefined;
  const lower = locale.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('sv')) return 'sv';
  return undefined;
}
