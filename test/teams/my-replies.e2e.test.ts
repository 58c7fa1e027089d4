import { submitForm } from '../../src/core/submit-form';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, cardSubmit, channelMessage, ESK_CHANNEL, LEAD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
  const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };
  await submitForm(h.t.ctx, { platform: 'teams', userId: 'aad-anna' }, ref, { values: { syfte: 'Annas svar om stödet.' }, role: 'anhorig', consent: true });
  await submitForm(h.t.ctx, { platform: 'teams', userId: 'aad-lead' }, ref, { values: { syfte: 'Ledarens eget svar.' }, role: 'chef', consent: false });
});
afterEach(async () => {
  await h.close();
});

type Action = { type: string; title: string; data?: Record<string, unknown> };
const personal = personalConversationId(ANNA);
const lastCard = (conversation = personal) => cardOf(h.connector.activities(conversation).at(-1)?.body ?? {});
const actionsOf = (card: Record<string, unknown> | undefined) => (card?.actions ?? []) as Action[];
const authors = async () => (await h.t.store.replies.list({ program: 'teams-test' })).map((r) => r.author?.userId).sort();

describe('my replies in Teams', () => {
  it('shows the sender their own data in the personal chat, asks before deleting, and deletes only theirs', async () => {
    expect((await h.send(personalMessage(h.connector.url, ANNA, 'mina svar'))).status).toBe(200);
    const list = lastCard();
    expect(cardText(list)).toContain('Det här har boten sparat om dig');
    expect(cardText(list)).toContain('Annas svar om stödet.');
    expect(cardText(list)).not.toContain('Ledarens eget svar');
    expect(actionsOf(list)).toEqual([{ type: 'Action.Submit', title: 'Radera mina svar', style: 'destructive', data: { lnb: 'my-data-delete' } }]);

    // First click: only the question. Nothing is deleted yet.
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-delete' }, 'act-list'));
    const ask = cardOf(h.connector.calls.filter((c) => c.method === 'PUT').at(-1)?.body ?? {});
    expect(cardText(ask)).toContain('Är du säker?');
    expect(actionsOf(ask).map((a) => [a.title, a.data])).toEqual([
      ['Ja, radera', { lnb: 'my-data-confirm' }],
      ['Avbryt', { lnb: 'my-data-cancel' }],
    ]);
    expect(await authors()).toEqual(['aad-anna', 'aad-lead']);

    // The confirmation, with a forged value naming the leader: identity is the sender's, so only Anna's goes.
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-confirm', userId: 'aad-lead', platform: 'teams' }, 'act-ask'));
    const done = cardOf(h.connector.calls.filter((c) => c.method === 'PUT').at(-1)?.body ?? {});
    expect(cardText(done)).toMatch(/^Klart\. Dina svar är raderade \(1 st\)/);
    expect(await authors()).toEqual(['aad-lead']);
    expect(await h.t.store.contacts.get('teams', 'aad-anna')).toBeUndefined();
    expect(await h.t.store.contacts.get('teams', 'aad-lead')).toMatchObject({ role: 'chef' });
  });

  it('deletes nothing on Avbryt', async () => {
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-cancel' }, 'act-ask'));
    expect(cardText(cardOf(h.connector.calls.find((c) => c.method === 'PUT')?.body ?? {}))).toBe('Inget raderades.');
    expect(await authors()).toEqual(['aad-anna', 'aad-lead']);
  });

  it('typed in a channel, sends the list to the personal chat and says only that in the channel', async () => {
    await h.send(channelMessage(h.connector.url, ANNA, 'my replies'));
    const inChannel = h.connector.activities().filter((c) => c.conversationId?.startsWith(ESK_CHANNEL));
    expect(inChannel).toHaveLength(1);
    const said = String(inChannel[0]?.body.text).replace(/\u200b/g, '');
    expect(said).toMatch(/privat chatt/);
    expect(JSON.stringify(inChannel)).not.toContain('Annas svar');
    expect(cardText(lastCard())).toContain('Annas svar om stödet.');
  });

  it('shows the leader their own answer, not Anna’s, and lists `mina svar` in the help', async () => {
    await h.send(personalMessage(h.connector.url, LEAD, 'mina-svar'));
    const card = lastCard(personalConversationId(LEAD));
    expect(cardText(card)).toContain('Ledarens eget svar.');
    expect(cardText(card)).not.toContain('Annas svar');
    await h.send(personalMessage(h.connector.url, ANNA, 'help'));
    // The help is the command table's list, as a card.
    expect(cardText(lastCard(personal)).replace(/\u200b/g, '')).toContain('mina-svar: se och radera det boten har sparat om dig');
  });
});
