import type { DeletionPrompt, MyDataView } from '../../core/my-data-message';
import { type AdaptiveCard, adaptiveCard } from './adaptive-card';
import { cardText } from './card-text';
import { messageCard } from './message-card';

/**
 * What the card buttons of `my replies` send back (teams-ai routes on `lnb`).
 * They carry nothing else: whose data it is comes from the sender only.
 */
export const MY_DATA_VERBS = { delete: 'my-data-delete', confirm: 'my-data-confirm', cancel: 'my-data-cancel' } as const;

/** The person's data, with *Radera mina svar* when there is anything to delete. */
export function myDataCard(view: MyDataView): AdaptiveCard {
  const extra = view.deletion
    ? [{ type: 'Action.Submit', title: view.deletion.button, style: 'destructive', data: { lnb: MY_DATA_VERBS.delete } }]
    : [];
  return messageCard(view.message, extra);
}

/** The second step: nothing is deleted until *Ja, radera* on this card. */
export function confirmDeleteCard(prompt: DeletionPrompt): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: cardText(prompt.title), wrap: true, size: 'Medium', weight: 'Bolder' },
      { type: 'TextBlock', text: cardText(prompt.text), wrap: true },
    ],
    [
      { type: 'Action.Submit', title: prompt.confirm, style: 'destructive', data: { lnb: MY_DATA_VERBS.confirm } },
      { type: 'Action.Submit', title: prompt.cancel, data: { lnb: MY_DATA_VERBS.cancel } },
    ],
  );
}

/** One line in place of a card: the outcome. */
export function noticeCard(text: string): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text: cardText(text), wrap: true }]);
}
