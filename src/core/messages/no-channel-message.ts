import { type Locale, translator } from '../../i18n/translate';
import type { Program, Round } from '../../program/schema';
import { commandWords } from '../command-words';
import { formatWhen } from '../format-when';
import type { OutgoingMessage } from '../outgoing-message';
import type { Platform } from '../person';
import { roundWindow } from '../round-window';

/** To a coordinator (on `platform`) a day before a round opens, when some networks have nowhere to receive it. */
export function noChannelMessage(
  program: Program,
  round: Round,
  networks: readonly string[],
  locale: Locale,
  platform: Platform,
): OutgoingMessage {
  const t = translator(locale);
  const names = networks.map((id) => `${program.networks.find((n) => n.id === id)?.name ?? id} (${id})`);
  const when = formatWhen(roundWindow(program, round).post, program.program.timezone, locale);
  return {
    fallback: t('bot.noChannel.fallback', { number: round.number }),
    blocks: [{ type: 'text', text: t('bot.noChannel.text', { number: round.number, when, networks: names.join(', '), ...commandWords(platform, locale) }) }],
    actions: [],
  };
}
