import type { FormRef } from '../../../src/core/form-model';
import { confirmationCard } from '../../../src/teams/cards/confirmation-card';

const ref: FormRef = { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' };

describe('confirmationCard', () => {
  it('says the thanks and offers Ändra, which opens the same form again', () => {
    const card = confirmationCard('Tack! Ditt svar är sparat.', 'Ändra', ref);
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Tack! Ditt svar är sparat.', wrap: true }]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Ändra', data: { lnb: 'open', kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' } }]);
  });

  it('escapes the message, whose names come from the program file', () => {
    const card = confirmationCard('Tack, [nätverk](http://x.example) **Öst**!', 'Edit', { ...ref, kind: 'minutes' });
    const text = String(card.body[0]?.text);
    expect(text).not.toMatch(/\]\(|\*\*/);
    expect(text.replace(/\u200b/g, '')).toBe('Tack, [nätverk](http://x.example) **Öst**!');
    expect((card.actions?.[0]?.data as FormRef | undefined)?.kind).toBe('minutes');
  });
});
