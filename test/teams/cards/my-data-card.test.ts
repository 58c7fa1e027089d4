import type { DeletionPrompt, MyDataView } from '../../../src/core/my-data-message';
import { confirmDeleteCard, MY_DATA_VERBS, myDataCard, noticeCard } from '../../../src/teams/cards/my-data-card';

const prompt: DeletionPrompt = { button: 'Radera mina svar', title: 'Är du säker?', text: 'Alla dina svar raderas.', confirm: 'Ja, radera', cancel: 'Avbryt' };
const view = (deletion?: DeletionPrompt): MyDataView => ({
  message: { fallback: 'Dina svar', blocks: [{ type: 'text', text: 'Träff 1: *mitt* svar' }], actions: [] },
  ...(deletion ? { deletion } : {}),
});

describe('myDataCard', () => {
  it('shows the data with Radera mina svar, whose data is only the verb (never whose data)', () => {
    const card = myDataCard(view(prompt));
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Radera mina svar', style: 'destructive', data: { lnb: MY_DATA_VERBS.delete } }]);
    expect(String(card.body[0]?.text).replace(/\u200b/g, '')).toBe('Träff 1: *mitt* svar');
  });

  it('has no button when there is nothing to delete', () => {
    expect(myDataCard(view()).actions).toBeUndefined();
  });
});

describe('confirmDeleteCard', () => {
  it('asks first: Ja, radera confirms, Avbryt cancels, each only a verb', () => {
    const card = confirmDeleteCard(prompt);
    expect(card.body.map((b) => b.text)).toEqual(['Är du säker?', 'Alla dina svar raderas.']);
    expect(card.actions?.map((a) => [a.title, a.data])).toEqual([
      ['Ja, radera', { lnb: 'my-data-confirm' }],
      ['Avbryt', { lnb: 'my-data-cancel' }],
    ]);
  });
});

describe('noticeCard', () => {
  it('is one escaped line and no button', () => {
    const card = noticeCard('Raderat: <b>3</b> svar');
    expect(card.body).toHaveLength(1);
    expect(String(card.body[0]?.text)).not.toMatch(/(^|[^\u200b])</);
    expect(String(card.body[0]?.text).replace(/\u200b/g, '')).toBe('Raderat: <b>3</b> svar');
    expect(card.actions).toBeUndefined();
  });
});
