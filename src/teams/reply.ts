import type { TurnContext } from 'botbuilder';
import type { OutgoingMessage } from '../core/outgoing-message';
import { cardActivity } from './cards/adaptive-card';
import { cardText } from './cards/card-text';
import { messageCard } from './cards/message-card';

/** Answers in the conversation (in a channel, in the thread the person wrote in). */
export async function replyText(turn: TurnContext, text: string): Promise<void> {
  // Plain text goes out as Markdown in Teams; escaped like card text so names and ids show as typed.
  await turn.sendActivity({ type: 'message', text: cardText(text), textFormat: 'markdown' });
}

export async function replyMessage(turn: TurnContext, message: OutgoingMessage): Promise<void> {
  await turn.sendActivity(cardActivity(messageCard(message), message.fallback));
}
