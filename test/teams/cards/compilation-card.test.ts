import type { OutgoingMessage } from '../../../src/core/outgoing-message';
import { compilationCard } from '../../../src/teams/cards/compilation-card';

const message: OutgoingMessage = {
  fallback: 'Sammanställning träff 1',
  blocks: [
    { type: 'heading', text: 'Träff 1: Vad är delaktighet?' },
    { type: 'list', items: ['Tema: tid (3 svar)'] },
  ],
  actions: [],
};
const link = { url: 'https://bot.example/files/abc?sig=1_2', label: 'Ladda ner Word-filen', note: 'Länken gäller i 24 timmar.' };

describe('compilationCard', () => {
  it('shows the compilation, a button to the Word file and the note about the link last', () => {
    const card = compilationCard(message, link);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Ladda ner Word-filen', url: link.url }]);
    expect(card.body.at(-1)).toEqual({ type: 'TextBlock', text: 'Länken gäller i 24 timmar.', isSubtle: true, size: 'Small', wrap: true });
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Träff 1: Vad är delaktighet?' });
    expect(card.body).toHaveLength(3);
  });

  it('adds the workbench button beside the download when given', () => {
    const card = compilationCard(message, link, { url: 'https://bot.example/workbench/x', label: 'Öppna i arbetsytan' });
    expect(card.actions?.map((a) => [a.title, a.url])).toEqual([
      ['Ladda ner Word-filen', link.url],
      ['Öppna i arbetsytan', 'https://bot.example/workbench/x'],
    ]);
  });

  it('keeps the message’s own buttons first, and escapes the note', () => {
    const withAction: OutgoingMessage = { ...message, actions: [{ id: 'answer', label: 'Svara', value: { program: 'p', round: 1, network: 'n' } }] };
    const card = compilationCard(withAction, { ...link, note: '**24** [h](http://x)' });
    expect(card.actions?.map((a) => a.type)).toEqual(['Action.Submit', 'Action.OpenUrl']);
    expect(String(card.body.at(-1)?.text)).not.toMatch(/\*\*|\]\(/);
  });
});
