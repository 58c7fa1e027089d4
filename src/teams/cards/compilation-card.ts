import type { OutgoingMessage } from '../../core/outgoing-message';
import type { AdaptiveCard } from './adaptive-card';
import { cardText } from './card-text';
import { messageCard } from './message-card';

/**
 * A compilation: head, themes and counts, and a button to the Word file
 * on the bot's own server, because a bot cannot attach files in a channel;
 * beside it, when given, one to the workbench (Öppna i arbetsytan).
 */
export function compilationCard(
  message: OutgoingMessage,
  link: { url: string; label: string; note: string },
  workbench?: { url: string; label: string },
): AdaptiveCard {
  const card = messageCard(message, [
    { type: 'Action.OpenUrl', title: link.label, url: link.url },
    ...(workbench ? [{ type: 'Action.OpenUrl', title: workbench.label, url: workbench.url }] : []),
  ]);
  card.body.push({ type: 'TextBlock', text: cardText(link.note), isSubtle: true, size: 'Small', wrap: true });
  return card;
}
