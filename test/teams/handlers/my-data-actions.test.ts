import { submitForm } from '../../../src/core/submit-form';
import { registerMyDataActions } from '../../../src/teams/handlers/my-data-actions';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, cardSubmit } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };

let h: TeamsTurns;
let send: ReturnType<TeamsTurns['app']>;
beforeEach(async () => {
  h = await startTeamsTurns();
  send = h.app(registerMyDataActions);
  await submitForm(h.t.ctx, { platform: 'teams', userId: 'aad-anna' }, ref, { values: { syfte: 'Annas svar' }, role: 'anhorig', consent: true });
  await submitForm(h.t.ctx, { platform: 'teams', userId: 'aad-other' }, ref, { values: { syfte: 'Annans svar' }, role: 'chef', consent: true });
});
afterEach(async () => h.close());

/** The card put in place of the one clicked (`card-1`). */
const replaced = () => {
  const put = h.connector.calls.filter((c) => c.method === 'PUT' && c.activityId === 'card-1').at(-1);
  return { card: cardOf(put?.body ?? {}), text: cardText(cardOf(put?.body ?? {})) };
};
const users = async () => (await h.t.store.replies.list({})).map((r) => r.author?.userId).sort();

describe('the my replies buttons', () => {
  it('Radera mina svar asks first and deletes nothing yet', async () => {
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-delete' }, 'card-1'));
    const { card, text } = replaced();
    expect(text).toMatch(/Ja, radera/);
    expect(((card?.actions ?? []) as { data: unknown }[]).map((a) => a.data)).toEqual([{ lnb: 'my-data-confirm' }, { lnb: 'my-data-cancel' }]);
    expect(await users()).toEqual(['aad-anna', 'aad-other']);
  });

  it('Ja, radera deletes the sender’s replies only, whatever else the data says, and says so in place of the card', async () => {
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-confirm', userId: 'aad-other' }, 'card-1'));
    expect(await users()).toEqual(['aad-other']);
    expect(replaced().text).toMatch(/^Klart. Dina svar är raderade \(1 st\)/);
  });

  it('Avbryt deletes nothing and says so', async () => {
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-cancel' }, 'card-1'));
    expect(replaced().text).toBe('Inget raderades.');
    expect(await users()).toEqual(['aad-anna', 'aad-other']);
  });

  it('shows the list again rather than ask, when there is nothing left to delete', async () => {
    await send(cardSubmit(h.connector.url, { id: '29:nobody', aadObjectId: 'aad-nobody' }, { lnb: 'my-data-delete' }, 'card-1', 'a:personal-29:nobody'));
    const put = h.connector.calls.find((c) => c.method === 'PUT');
    expect(cardText(cardOf(put?.body ?? {}))).not.toMatch(/Ja, radera/);
  });
});
