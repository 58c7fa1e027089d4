import type { Problem } from '../../errors';
import { type Locale, translator } from '../../i18n/translate';
import type { OutgoingMessage } from '../outgoing-message';

/** Why an edited program file was not taken into use. */
export type KeptReason = { kind: 'invalid'; problems: readonly Problem[] } | { kind: 'idChanged'; from: string; to: string };

/** At most this many problems in a chat message; the log and `lnb check` list them all. */
const MAX_LISTED = 10;

/**
 * To a coordinator when the program file was edited but the bot goes on with
 * the version before: the problems to fix (each with its place in the file),
 * or why a new program id cannot be taken in while the bot runs.
 */
export function programKeptMessage(file: string, reason: KeptReason, locale: Locale): OutgoingMessage {
  const t = translator(locale);
  if (reason.kind === 'idChanged') {
    const text = t('bot.programKept.idChanged', { file, from: reason.from, to: reason.to });
    return { fallback: t('bot.programKept.fallback'), blocks: [{ type: 'text', text }], actions: [] };
  }
  const items = reason.problems.slice(0, MAX_LISTED).map((p) => `${p.path}: ${p.message}`);
  if (reason.problems.length > MAX_LISTED) items.push(t('bot.programKept.more', { count: reason.problems.length - MAX_LISTED }));
  return {
    fallback: t('bot.programKept.fallback'),
    blocks: [
      { type: 'text', text: t('bot.programKept.invalid', { file, count: reason.problems.length }) },
      { type: 'list', items },
      { type: 'context', text: t('bot.programKept.fix', { file }) },
    ],
    actions: [],
  };
}
