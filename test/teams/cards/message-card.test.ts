import type { OutgoingMessage } from '../../../src/core/outgoing-message';
import { messageCard } from '../../../src/teams/cards/message-card';

describe('messageCard', () => {
  it('shows a link block as a button that opens the address as made, never as escaped text', () => {
    const url = 'https://bot.example/files/a_b_c?x=1&y=[2]';
    const message: OutgoingMessage = { fallback: 'f', blocks: [{ type: 'link', label: 'Word-filen', url }], actions: [] };
    const card = JSON.parse(JSON.stringify(messageCard(message)));
    const sets = card.body.filter((e: { type: string }) => e.type === 'ActionSet');
    expect(sets).toEqual([{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Word-filen', url }] }]);
    // The address appears nowhere as text, where escaping would break it.
    expect(card.body.filter((e: { type: string; text?: string }) => e.type === 'TextBlock' && e.text?.includes('bot.example'))).toEqual([]);
  });
});
