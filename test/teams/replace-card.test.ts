import { adaptiveCard, cardActivity } from '../../src/teams/cards/adaptive-card';
import { replaceCard } from '../../src/teams/replace-card';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, cardSubmit, personalConversationId, personalMessage } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const h = teamsTurnsForEach();

const outcome = cardActivity(adaptiveCard([{ type: 'TextBlock', text: 'Tack!' }]), 'Tack!');

describe('replaceCard', () => {
  it('puts the card in place of the one clicked', async () => {
    await h.run(cardSubmit(h.connector.url, ANNA, { lnb: 'x' }, 'card-7'), (turn) => replaceCard(h.deps, turn, outcome));
    const calls = h.connector.activities(personalConversationId(ANNA));
    expect(calls.map((c) => [c.method, c.activityId])).toEqual([['PUT', 'card-7']]);
    expect(cardText(cardOf(calls[0]?.body ?? {}))).toBe('Tack!');
  });

  it('sends it anew when the client cannot update the message (or it is gone), so the person sees the outcome', async () => {
    h.connector.fail((c) => c.method === 'PUT', 404, 1, {}, { error: { code: 'NotFound', message: 'gone' } });
    await h.run(cardSubmit(h.connector.url, ANNA, { lnb: 'x' }, 'card-7'), (turn) => replaceCard(h.deps, turn, outcome));
    const calls = h.connector.calls.filter((c) => c.path.includes('/activities'));
    expect(calls.map((c) => [c.method, c.status])).toEqual([
      ['PUT', 404],
      ['POST', 200],
    ]);
    expect(cardText(cardOf(calls[1]?.body ?? {}))).toBe('Tack!');
  });

  it('sends it anew when nothing was clicked', async () => {
    await h.run(personalMessage(h.connector.url, ANNA, 'hej'), (turn) => replaceCard(h.deps, turn, outcome));
    expect(h.connector.activities().map((c) => c.method)).toEqual(['POST']);
  });
});
