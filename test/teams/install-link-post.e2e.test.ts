import { targetOf } from '../../src/core/channel-of';
import { roundMessage } from '../../src/core/messages/round-message';
import { DeliveryError } from '../../src/errors';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, COORD, channelMessage, ESK_CHANNEL, installationUpdate, installInTeam, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
});
afterEach(async () => {
  await h.close();
});

const network = (id: string) => {
  const n = h.t.ctx.program.networks.find((x) => x.id === id);
  if (!n) throw new Error(id);
  return n;
};

describe('install and link', () => {
  it('keeps the team reference on install, links the channel for a coordinator, and posts a round there', async () => {
    const installed = await h.send(installInTeam(h.connector.url));
    expect(installed.status).toBe(200);
    const stored = await h.t.store.contacts.get('teams', `conversation:${ESK_CHANNEL}`);
    expect(stored?.reference).toMatchObject({ serviceUrl: h.connector.url, conversation: { id: ESK_CHANNEL } });

    const link = channelMessage(h.connector.url, COORD, 'link eskilstuna');
    expect((await h.send(link)).status).toBe(200);
    // The answer goes into the thread the coordinator wrote in.
    const replies = h.connector.activities(link.conversation?.id);
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.body.text).replace(/\u200b/g, '')).toMatch(/kopplad till nätverket Eskilstuna/);

    const target = await targetOf(h.t.ctx, network('eskilstuna'));
    expect(target).toMatchObject({ platform: 'teams', channel: ESK_CHANNEL });
    const round = h.t.ctx.program.rounds[0];
    if (!round || !target) throw new Error('setup');
    const receipt = await h.teams.port.post(target, roundMessage(h.t.ctx.program, round, network('eskilstuna'), 'post', 'sv'), 'r1/post');
    expect(receipt.id).toMatch(/^act-/);
    // A new thread in the channel, not a reply in the link's thread.
    const posted = h.connector.activities(ESK_CHANNEL);
    expect(posted).toHaveLength(1);
    const card = cardOf(posted[0]?.body ?? {});
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = cardText(card);
    expect(text).toMatch(/Träff 1: Vad är delaktighet\?/);
    expect(text).toMatch(/Vad vill ni uppnå med stödet\?/);
    expect(text).toMatch(/Svara/);
    expect(text).toMatch(/Dokumentera gruppens samtal/);
    const actions = (card?.actions ?? []) as { type: string; data: Record<string, unknown> }[];
    expect(actions.map((a) => a.type)).toEqual(['Action.Submit', 'Action.Submit']);
    expect(actions[0]?.data).toEqual({ lnb: 'open', kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' });
  });

  it('refuses the link to someone who is not a coordinator, and links nothing', async () => {
    await h.send(channelMessage(h.connector.url, ANNA, 'link eskilstuna'));
    expect(await h.t.store.links.get('teams-test', 'eskilstuna')).toBeUndefined();
    const reply = h.connector.activities().at(-1);
    expect(String(reply?.body.text).replace(/\u200b/g, '')).toMatch(/Bara samordnaren/);
  });

  it('posts to a channel the program file names once the app is installed there, and forgets it on removal', async () => {
    const kat = network('katrineholm');
    const round = h.t.ctx.program.rounds[0];
    const target = await targetOf(h.t.ctx, kat);
    if (!round || !target) throw new Error('setup');
    const message = roundMessage(h.t.ctx.program, round, kat, 'post', 'sv');
    await expect(h.teams.port.post(target, message, 'k')).rejects.toMatchObject({ reason: 'unreachable' });

    await h.send(installationUpdate(h.connector.url, 'add', '19:kat@thread.tacv2'));
    await h.teams.port.post(target, message, 'k');
    expect(h.connector.activities('19:kat@thread.tacv2')).toHaveLength(1);

    await h.send(installationUpdate(h.connector.url, 'remove', '19:kat@thread.tacv2'));
    await expect(h.teams.port.post(target, message, 'k')).rejects.toBeInstanceOf(DeliveryError);
  });

  it('status tells a coordinator which networks the bot cannot reach and what to install where', async () => {
    await h.send(personalMessage(h.connector.url, COORD, 'status'));
    const reply = h.connector.activities(`a:personal-${COORD.id}`).at(-1);
    const text = cardText(cardOf(reply?.body ?? {}));
    expect(text).toMatch(/Eskilstuna \(eskilstuna\): boten når inte kanalen: installera appen i nätverkets team .*link eskilstuna/);
    expect(text).toMatch(/Katrineholm \(katrineholm\): boten når inte kanalen: installera appen/);

    await h.send(installationUpdate(h.connector.url, 'add', '19:kat@thread.tacv2'));
    await h.send(personalMessage(h.connector.url, COORD, 'status'));
    const after = cardText(cardOf(h.connector.activities(`a:personal-${COORD.id}`).at(-1)?.body ?? {}));
    expect(after).toMatch(/Katrineholm \(katrineholm\): kopplad/);
    expect(after).toMatch(/Eskilstuna \(eskilstuna\): boten når inte kanalen/);
  });
});
