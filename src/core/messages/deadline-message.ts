import { type Locale, translator } from '../../i18n/translate';
import type { Program, Round } from '../../program/schema';
import { commandWords } from '../command-words';
import type { OutgoingMessage } from '../outgoing-message';
import type { Platform } from '../person';

/** To a coordinator (on `platform`) once a round's deadline has passed: who has documented and who has not. */
export function deadlineMessage(
  program: Program,
  round: Round,
  documented: readonly string[],
  locale: Locale,
  platform: Platform,
): OutgoingMessage {
  const t = translator(locale);
  const name = (id: string) => program.networks.find((n) => n.id === id)?.name ?? id;
  const done = program.networks.filter((n) => documented.includes(n.id)).map((n) => n.name);
  const missing = program.networks.filter((n) => !documented.includes(n.id)).map((n) => name(n.id));
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : t('bot.deadline.none'));
  return {
    fallback: t('bot.deadline.fallback', { number: round.number }),
    blocks: [
      { type: 'text', text: t('bot.deadline.text', { number: round.number, title: round.title }) },
      {
        type: 'fields',
        fields: [
          { label: t('bot.deadline.documented'), value: list(done) },
          { label: t('bot.deadline.missing'), value: list(missing) },
        ],
      },
      { type: 'context', text: t('bot.deadline.hint', { number: round.number, ...commandWords(platform, locale) }) },
    ],
    actions: [],
  };
}
