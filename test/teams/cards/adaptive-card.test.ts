import { adaptiveCard, CARD_VERSION, cardActivity } from '../../../src/teams/cards/adaptive-card';

describe('adaptiveCard', () => {
  it('is a version 1.5 card, full width in Teams, with the body as given', () => {
    const body = [{ type: 'TextBlock', text: 'Hej' }];
    const card = adaptiveCard(body);
    expect(CARD_VERSION).toBe('1.5');
    expect(card).toEqual({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body,
      msteams: { width: 'Full' },
    });
  });

  it('carries actions only when there are some (an empty list is left out)', () => {
    expect('actions' in adaptiveCard([])).toBe(false);
    const actions = [{ type: 'Action.Submit', title: 'Svara', data: { lnb: 'open' } }];
    expect(adaptiveCard([], actions).actions).toEqual(actions);
  });
});

describe('cardActivity', () => {
  it('is a message with the summary Teams notifies with and the card as its one attachment', () => {
    const card = adaptiveCard([{ type: 'TextBlock', text: 'Träff 1' }]);
    const activity = cardActivity(card, 'Träff 1: frågorna');
    expect(activity.type).toBe('message');
    expect(activity.summary).toBe('Träff 1: frågorna');
    expect(activity.attachments).toEqual([{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }]);
  });
});
