import type { MessageAction, MessageBlock, OutgoingMessage } from '../../core/outgoing-message';
import { type AdaptiveCard, adaptiveCard, type CardElement } from './adaptive-card';
import { cardText } from './card-text';

const text = (t: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: cardText(t), wrap: true, ...extra });

function blockElements(block: MessageBlock): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [text(block.text, { size: 'Medium', weight: 'Bolder', spacing: 'Medium' })];
    case 'text':
      return [text(block.text)];
    case 'context':
      return [text(block.text, { isSubtle: true, size: 'Small' })];
    case 'fields':
      return [
        {
          type: 'FactSet',
          facts: block.fields.map((f) => ({ title: cardText(f.label), value: cardText(f.value) })),
        },
      ];
    case 'list':
      // One TextBlock per item: a Markdown list would need the very characters escaping neutralises.
      return block.items.map((item) => text(`• ${item}`, { spacing: 'Small' }));
    case 'link':
      // A button that opens the address as it is: in text, escaping would break it.
      return [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: block.label, url: block.url }] }];
  }
}

/**
 * A button. Action.Submit, because the local Web Chat knows no
 * Action.Execute; the data names what to open, and teams-ai routes it by
 * its `lnb` field (see the Application's actionSubmitFilter).
 */
export function openAction(action: MessageAction): CardElement {
  return {
    type: 'Action.Submit',
    title: action.label,
    ...(action.primary ? { style: 'positive' } : {}),
    data: { lnb: 'open', kind: action.id, ...action.value },
  };
}

/** An OutgoingMessage as an Adaptive Card; every text escaped, as replies and program text are not markup. */
export function messageCard(message: OutgoingMessage, extraActions: CardElement[] = []): AdaptiveCard {
  return adaptiveCard(message.blocks.flatMap(blockElements), [...message.actions.map(openAction), ...extraActions]);
}
