import { targetOf } from '../../src/core/channel-of';
import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { cardOf, cardText, FakeConnector } from './helpers/fake-connector';
import { ANNA, BOT, COORD, cardSubmit, channelEvent, channelMessage, installInTeam, personalConversationId, personalMessage, TEAM } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

/** The program file names this channel for Katrineholm: not the team's General channel. */
const KAT = '19:kat@thread.tacv2';
const NEW = '19:new-channel@thread.tacv2';

function roundFor(h: TeamsHarness, network = 'katrineholm') {
  const program = h.t.ctx.program;
  const n = program.networks.find((x) => x.id === network);
  const round = program.rounds[0];
  if (!n || !round) throw new Error('setup');
  return roundMessage(program, round, n, 'post', 'sv');
}

const targetAt = (channel: string): ChannelTarget => ({ platform: 'teams', program: 'teams-test', network: 'katrineholm', channel });

describe('any channel of a team the app is installed in', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
    h.connector.teamChannels.set(TEAM, [{ id: TEAM }, { id: KAT, name: 'Frågor' }]);
  });
  afterEach(async () => h.close());

  it('posts to a non-General channel from the program file once the app is in its team', async () => {
    const kat = h.t.ctx.program.networks.find((n) => n.id === 'katrineholm');
    const target = kat && (await targetOf(h.t.ctx, kat));
    if (!target) throw new Error('setup');
    await expect(h.teams.port.post(target, roundFor(h), 'k1')).rejects.toMatchObject({ reason: 'unreachable' });

    expect((await h.send(installInTeam(h.connector.url, TEAM, TEAM))).status).toBe(200);
    // The channel list came from the connector, as TeamsInfo.getTeamChannels asks for it.
    expect(h.connector.calls.some((c) => c.method === 'GET' && c.path === `/v3/teams/${encodeURIComponent(TEAM)}/conversations`)).toBe(true);
    // The channel is stored as the team's, not as a copy of the team's address.
    expect((await h.t.store.contacts.get('teams', `conversation:${KAT}`))?.reference).toEqual({ teamId: TEAM, name: 'Frågor' });

    await h.teams.port.post(target, roundFor(h), 'k1');
    const posted = h.connector.activities(KAT);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.method).toBe('POST');
    expect(cardText(cardOf(posted[0]?.body ?? {}))).toMatch(/Vad vill ni uppnå med stödet\?/);
    expect(posted[0]?.body.conversation).toMatchObject({ id: KAT, tenantId: 'tenant-1' });

    await h.send(personalMessage(h.connector.url, COORD, 'status'));
    const status = cardText(cardOf(h.connector.activities(`a:personal-${COORD.id}`).at(-1)?.body ?? {}));
    expect(status).toMatch(/Katrineholm \(katrineholm\): kopplad/);
  });

  it('links a non-General channel typed in, posts the round card there, takes an answer from it and gives its summary', async () => {
    h.connector.teamChannels.set(TEAM, [{ id: TEAM }, { id: NEW, name: 'Frågor' }]);
    expect((await h.send(installInTeam(h.connector.url, TEAM, TEAM))).status).toBe(200);
    // The coordinator @-mentions the bot in Frågor, a channel the program file does not name.
    const link = channelMessage(h.connector.url, COORD, 'link katrineholm', NEW);
    expect((await h.send(link)).status).toBe(200);
    expect(String(h.connector.activities(link.conversation?.id).at(-1)?.body.text).replace(/\u200b/g, '')).toMatch(/kopplad till nätverket Katrineholm/);
    const kat = h.t.ctx.program.networks.find((n) => n.id === 'katrineholm');
    const target = kat && (await targetOf(h.t.ctx, kat));
    expect(target).toMatchObject({ platform: 'teams', channel: NEW });
    if (!target) throw new Error('setup');

    // The round card goes to Frågor itself (a new thread there), with the team's service URL and tenant.
    const receipt = await h.teams.port.post(target, roundFor(h), 'k1');
    const posted = h.connector.activities(NEW);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.conversation).toMatchObject({ id: NEW, tenantId: 'tenant-1' });
    const card = cardOf(posted[0]?.body ?? {});
    const open = ((card?.actions ?? []) as { data: Record<string, unknown> }[])[0]?.data ?? {};
    expect(open).toMatchObject({ lnb: 'open', network: 'katrineholm' });

    // Anna clicks Svara under it: the form comes to her personal chat, and her answer is stored for Katrineholm.
    await h.send(cardSubmit(h.connector.url, ANNA, open, receipt.id, `${NEW};messageid=${receipt.id}`));
    const form = cardOf(h.connector.activities(personalConversationId(ANNA)).at(-1)?.body ?? {});
    const submit = ((form?.actions ?? []) as { data: Record<string, unknown> }[])[0]?.data ?? {};
    expect(submit).toMatchObject({ lnb: 'submit', network: 'katrineholm' });
    await h.send(cardSubmit(h.connector.url, ANNA, { ...submit, 'q.syfte': 'Mer avlösning på kvällarna.', 'f.role': 'anhorig', 'f.consent': 'true' }, 'act-form'));
    expect(await h.t.store.replies.list({ program: 'teams-test' })).toEqual([expect.objectContaining({ network: 'katrineholm', text: 'Mer avlösning på kvällarna.' })]);

    // summary typed in Frågor is about Katrineholm, and the compilation goes to the coordinator privately.
    await h.send(channelMessage(h.connector.url, COORD, 'summary', NEW));
    const coordChat = personalConversationId(COORD);
    await h.connector.waitFor(() => h.connector.activities(coordChat).some((c) => cardText(cardOf(c.body)).includes('Word')), 60_000);
    const compiled = cardText(cardOf(h.connector.activities(coordChat).at(-1)?.body ?? {}));
    expect(compiled).toMatch(/Katrineholm: 1 person, 1 svar/);
  });

  it('follows channels created, renamed and deleted in the team', async () => {
    await h.send(installInTeam(h.connector.url, TEAM, TEAM));
    await expect(h.teams.port.post(targetAt(NEW), roundFor(h), 'n1')).rejects.toMatchObject({ reason: 'unreachable' });

    expect((await h.send(channelEvent(h.connector.url, 'channelCreated', { id: NEW, name: 'Nytt' }))).status).toBe(200);
    await h.teams.port.post(targetAt(NEW), roundFor(h), 'n1');
    expect(h.connector.activities(NEW)).toHaveLength(1);

    await h.send(channelEvent(h.connector.url, 'channelRenamed', { id: NEW, name: 'Omdöpt' }));
    expect((await h.t.store.contacts.get('teams', `conversation:${NEW}`))?.reference).toEqual({ teamId: TEAM, name: 'Omdöpt' });

    await h.send(channelEvent(h.connector.url, 'channelDeleted', { id: NEW }));
    await expect(h.teams.port.post(targetAt(NEW), roundFor(h), 'n2')).rejects.toMatchObject({ reason: 'unreachable' });
    expect(h.connector.activities(NEW)).toHaveLength(1);
  });

  it('finds a channel made while the bot was not listening by asking the installed teams again', async () => {
    await h.send(installInTeam(h.connector.url, TEAM, TEAM));
    h.connector.teamChannels.set(TEAM, [{ id: TEAM }, { id: KAT, name: 'Frågor' }, { id: NEW, name: 'Sent' }]);
    await h.teams.port.post(targetAt(NEW), roundFor(h), 'n1');
    expect(h.connector.activities(NEW)).toHaveLength(1);
  });

  it('forgets the team when the app is removed from it', async () => {
    await h.send(installInTeam(h.connector.url, TEAM, TEAM));
    await h.send({ ...installInTeam(h.connector.url, TEAM, TEAM), membersAdded: undefined, membersRemoved: [BOT] });
    h.connector.teamChannels.delete(TEAM);
    await expect(h.teams.port.post(targetAt(KAT), roundFor(h), 'k1')).rejects.toMatchObject({ reason: 'unreachable' });
  });
});

const describeRedis = redisServerAvailable() ? describe : describe.skip;

describeRedis('channel knowledge shared by instances on one Redis store', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());

  it('an install heard by one instance lets the other post to any channel of the team', async () => {
    const connector = await FakeConnector.start();
    connector.teamChannels.set(TEAM, [{ id: TEAM }, { id: KAT, name: 'Frågor' }]);
    const a = await startTeamsHarness({ storeUrl: redis.url, connector });
    const b = await startTeamsHarness({ storeUrl: redis.url, connector });
    try {
      await a.send(installInTeam(connector.url, TEAM, TEAM));
      await b.send(channelEvent(connector.url, 'channelCreated', { id: NEW, name: 'Nytt' }));
      await b.teams.port.post(targetAt(KAT), roundFor(b), 'k1');
      await a.teams.port.post(targetAt(NEW), roundFor(a), 'n1');
      expect(connector.activities(KAT)).toHaveLength(1);
      expect(connector.activities(NEW)).toHaveLength(1);
      expect(await a.teams.port.channels.installedTeams()).toEqual([TEAM]);
    } finally {
      await a.close();
      await b.close();
      await connector.close();
    }
  });
});
