import type { FormRef } from '../../core/form-model';
import { type AdaptiveCard, adaptiveCard } from './adaptive-card';
import { cardText } from './card-text';

/** What replaces a submitted form: the thanks, and *Ändra*, which brings the form back filled in. */
export function confirmationCard(message: string, editLabel: string, ref: FormRef): AdaptiveCard {
  return adaptiveCard(
    [{ type: 'TextBlock', text: cardText(message), wrap: true }],
    [{ type: 'Action.Submit', title: editLabel, data: { lnb: 'open', ...ref } }],
  );
}
