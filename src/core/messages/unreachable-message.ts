import { type Locale, translator } from '../../i18n/translate';
import type { Network } from '../../program/schema';
import type { OutgoingMessage } from '../outgoing-message';

/** To the coordinators when a network's channel refused the questions (bot not in it, archived, app not installed). */
export function unreachableMessage(network: Network, locale: Locale): OutgoingMessage {
  const text = translator(locale)('bot.channel.unreachable', { network: network.id });
  return { fallback: text, blocks: [{ type: 'text', text: `${network.name}: ${text}` }], actions: [] };
}
