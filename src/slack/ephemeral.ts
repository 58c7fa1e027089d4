import { escapeMrkdwn } from '../compile/escape';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Locale } from '../i18n/translate';
import { renderMessage } from './render/message-blocks';

/** A private answer to a slash command or a button (Slack shows it only to the person). */
export interface EphemeralResponse {
  response_type: 'ephemeral';
  replace_original: false;
  text: string;
  blocks?: ReturnType<typeof renderMessage>['blocks'];
}

/** One line of our own text, escaped: it may quote what the person typed (a network name). */
export function ephemeralText(text: string): EphemeralResponse {
  return { response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) };
}

export function ephemeralMessage(message: OutgoingMessage, locale: Locale): EphemeralResponse {
  const rendered = renderMessage(message, locale);
  return { response_type: 'ephemeral', replace_original: false, text: rendered.text, blocks: rendered.blocks };
}
