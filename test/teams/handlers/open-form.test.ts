import { registerOpenForm } from '../../../src/teams/handlers/open-form';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, cardSubmit, LEAD, personalConversationId } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

const ref = { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' };

let h: TeamsTurns;
let send: ReturnType<TeamsTurns['app']>;
beforeEach(async () => {
  h = await startTeamsTurns();
  send = h.app(registerOpenForm);
});
afterEach(async () => h.close());

describe('the open button (Svara, Ändra)', () => {
  it('opens the form for the leader of the network in their personal chat', async () => {
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'open', ...ref }, 'card-1'));
    const [sent] = h.connector.activities(personalConversationId(LEAD));
    const card = cardOf(sent?.body ?? {});
    expect(cardText(card)).toMatch(/Vad vill ni uppnå med stödet\?/);
    expect(((card?.actions ?? []) as { data: unknown }[])[0]?.data).toEqual({ lnb: 'submit', ...ref });
  });

  it('refuses a network the person has not answered for from a personal chat, whatever the data names, with a line', async () => {
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', ...ref }, 'card-1'));
    const sent = h.connector.activities(personalConversationId(ANNA));
    expect(sent).toHaveLength(1);
    expect(cardOf(sent[0]?.body ?? {})).toBeUndefined();
    expect(String(sent[0]?.body.text).replace(/\u200b/g, '')).toMatch(/vilket nätverk du är med i/);
    expect(await h.t.store.contacts.get('teams', 'aad-anna')).toBeUndefined();
  });

  it('ignores data that names no form, without a word', async () => {
    for (const data of [{ lnb: 'open' }, { lnb: 'open', ...ref, kind: 'delete' }, { lnb: 'open', ...ref, round: -1 }]) {
      await send(cardSubmit(h.connector.url, LEAD, data, 'card-1'));
    }
    expect(h.connector.calls).toEqual([]);
  });
});
