import { targetOf } from '../../src/core/channel-of';
import { roundMessage } from '../../src/core/messages/round-message';
import { postToChannel } from '../../src/core/post-to-channel';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { cardOf, cardText, FakeConnector } from './helpers/fake-connector';
import { ANNA, COORD, cardSubmit, channelMessage, ESK_CHANNEL, installInTeam, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

/**
 * Two instances of the bot behind one Teams bot, on one Redis store: an
 * activity Teams sends again may reach the other instance, and must be
 * answered once in all.
 */
const available = redisServerAvailable();
const describeRedis = available ? describe : describe.skip;

describeRedis('two Teams instances on one Redis store', () => {
  let redis: RedisServer;
  let connector: FakeConnector;
  let a: TeamsHarness;
  let b: TeamsHarness;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());
  beforeEach(async () => {
    connector = await FakeConnector.start();
    a = await startTeamsHarness({ storeUrl: redis.url, connector });
    b = await startTeamsHarness({ storeUrl: redis.url, connector });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await connector.close();
  });

  const ref = { program: 'teams-test', round: 1, network: 'eskilstuna' };
  const sent = () => connector.calls.filter((c) => c.method === 'PUT' || c.path.includes('/activities'));

  it('a submit sent to both instances is saved and answered once', async () => {
    // Anna opened the form in Eskilstuna's channel, which made Eskilstuna hers to answer for.
    await a.t.store.contacts.set({ platform: 'teams', userId: 'aad-anna', networks: ['eskilstuna'], updatedAt: '2026-11-23T09:00:00Z' });
    const submit = cardSubmit(connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, 'q.syfte': 'En gång', 'f.role': 'chef' }, `act-form-${Date.now()}`);
    await a.send(submit);
    await b.send(submit);
    await Promise.all([a.send(submit), b.send(submit)]);
    expect(sent()).toHaveLength(1);
    const mine = await b.t.store.replies.list({ program: 'teams-test', author: { platform: 'teams', userId: 'aad-anna' } });
    expect(mine).toHaveLength(1);
  });

  it('a message sent to both at once gets one answer', async () => {
    const help = personalMessage(connector.url, ANNA, 'help');
    await Promise.all([a.send(help), b.send(help), a.send(help), b.send(help)]);
    await Promise.all([a.teams.stop(), b.teams.stop()]); // Stopping waits for the turns' background work: nothing more can come after this.
    expect(connector.activities(personalConversationId(ANNA))).toHaveLength(1);
  });

  it('an activity whose turn failed on one instance is handled when Teams sends it to the other', async () => {
    const help = personalMessage(connector.url, ANNA, 'help');
    // The connector refuses everything for a while: the turn fails, and its claim is let go.
    connector.fail(() => true, 403, 50);
    await a.send(help);
    expect(connector.activities()).toHaveLength(0);
    connector.clearFailures();
    await b.send(help);
    await connector.waitFor(() => connector.activities(personalConversationId(ANNA)).length === 1);
  });

  it('a channel Teams refused to one instance shows in status asked on the other, until a post gets through', async () => {
    // Installed in the team and Eskilstuna's channel linked, heard by instance A.
    await a.send(installInTeam(connector.url));
    await a.send(channelMessage(connector.url, COORD, 'link eskilstuna'));
    const program = a.t.ctx.program;
    const [round, network] = [program.rounds[0], program.networks.find((n) => n.id === 'eskilstuna')];
    const target = network && (await targetOf(a.t.ctx, network));
    if (!round || !network || !target) throw new Error('setup');
    const post = () => postToChannel(a.t.ctx, a.teams.port, target, roundMessage(program, round, network, 'post', 'sv'), 'teams-test/1/eskilstuna/post/0', { resuming: false, fence: async () => undefined });
    const statusOnB = async () => {
      await b.send(personalMessage(connector.url, COORD, 'status'));
      return cardText(cardOf(connector.activities(personalConversationId(COORD)).at(-1)?.body ?? {}));
    };
    // The bot was removed from the team: Teams refuses for good.
    connector.fail((c) => c.conversationId === ESK_CHANNEL, 403, 1, {}, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    await expect(post()).rejects.toMatchObject({ reason: 'unreachable' });
    expect(await statusOnB()).toMatch(/Eskilstuna \(eskilstuna\): boten når inte kanalen: 403 BotNotInConversationRoster .*; installera appen/);
    await post();
    expect(await statusOnB()).toMatch(/Eskilstuna \(eskilstuna\): kopplad/);
  });
});
