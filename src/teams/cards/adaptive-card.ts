import { type Activity, CardFactory } from 'botbuilder';

/** One element of a card body or action list; Adaptive Card JSON is loosely typed by nature. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  [key: string]: unknown;
}

/**
 * Version 1.5 is the newest Teams renders on every client (desktop, web,
 * mobile) and Web Chat renders too; newer elements would drop silently.
 */
export const CARD_VERSION = '1.5';

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    // Without it Teams squeezes the card into a narrow column, which makes forms hard to fill in.
    msteams: { width: 'Full' },
  };
}

/** A message activity carrying one card. `summary` is what Teams shows in notifications and the activity feed. */
export function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  return { type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] };
}
