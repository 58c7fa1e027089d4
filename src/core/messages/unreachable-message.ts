import { type Locale, translator } from '../../i18n/translate';
import type { Network } from '../../program/schema';
import { commandWords } from '../command-words';
import type { OutgoingMessage } from '../outgoing-message';
import type { Platform } from '../person';

/** To a coordinator (on `platform`) when a network's channel refused the questions (bot not in it, archived, app not installed). */
export function unreachableMessage(network: Network, locale: Locale, platform: Platform): OutgoingMessage {
  const text = translator(locale)('bot.channel.unreachable', { network: network.id, ...commandWords(platform, locale) });
  return { fallback: text, blocks: [{ type: 'text', text: `${network.name}: ${text}` }], actions: [] };
}
