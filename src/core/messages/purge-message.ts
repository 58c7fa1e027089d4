import { type Locale, translator } from '../../i18n/translate';
import type { Program } from '../../program/schema';
import type { PurgeCounts } from '../../replies/purge-replies';
import type { OutgoingMessage } from '../outgoing-message';

/** To the coordinators after the retention purge: counts only, never who or what. */
export function purgeMessage(program: Program, counts: PurgeCounts, locale: Locale): OutgoingMessage {
  const t = translator(locale);
  const text = t('bot.purge.text', {
    title: program.program.title,
    months: program.program.retention.months,
    answers: counts.answers,
    minutes: counts.minutes,
    versions: counts.versions,
  });
  return { fallback: t('bot.purge.fallback', { title: program.program.title }), blocks: [{ type: 'text', text }], actions: [] };
}
