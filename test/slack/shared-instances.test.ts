import { escapeMrkdwn } from '../../src/compile/escape';
import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import { postToChannel } from '../../src/core/post-to-channel';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { FakeSlackApi } from './fake-slack-api';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { blockActionsBody, commandBody, consented, newTriggerId, selectedRole, typed, viewSubmissionBody } from './slack-payloads';

/**
 * Two instances of the bot behind one Slack app, on one Redis store: a
 * request Slack delivers again (X-Slack-Retry-Num) may land on the other
 * instance, and must make no second side effect there.
 */
const available = redisServerAvailable();
const describeRedis = available ? describe : describe.skip;

describeRedis('two Slack instances on one Redis store', () => {
  let redis: RedisServer;
  let fake: FakeSlackApi;
  let a: SlackHarness;
  let b: SlackHarness;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());
  beforeEach(async () => {
    fake = new FakeSlackApi();
    await fake.start();
    a = await startSlackHarness({ storeUrl: redis.url, fake });
    b = await startSlackHarness({ storeUrl: redis.url, fake });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await fake.close();
  });

  const retried = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
  const target: ChannelTarget = { platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' };

  async function answerButton(): Promise<{ action_id: string; value: string }> {
    const program = a.t.ctx.program;
    const round = program.rounds[0];
    const network = program.networks[0];
    if (!round || !network) throw new Error('test program changed');
    await a.adapter.port.post(target, roundMessage(program, round, network, 'post', 'sv'), `slack-test/1/eskilstuna/post/${Date.now()}`);
    const actions = fake.messages.at(-1)?.blocks.find((x) => (x as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
    const button = actions.elements[0];
    if (!button) throw new Error('no answer button');
    return button;
  }

  it('a command retried on the other instance gets no second reply', async () => {
    const body = commandBody({ command: '/lnb', text: 'link katrineholm', user: 'U0COORD', channel: 'C0KAT', responseUrl: fake.responseUrl('cmd'), triggerId: newTriggerId() });
    const first = await a.command(body);
    expect(first.json()).toMatchObject({ text: expect.stringMatching(/Klart/) });
    const retry = await b.post(body, retried);
    expect(retry.status).toBe(200);
    expect(retry.text).toBe('');
  });

  it('a click delivered to both instances at once opens one modal', async () => {
    const button = await answerButton();
    const body = blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: button.action_id, value: button.value, responseUrl: fake.responseUrl('btn'), triggerId: newTriggerId() });
    const answers = await Promise.all([a.post(body), b.post(body, retried), b.post(body, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' })]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    await Promise.all([a.adapter.stop(), b.adapter.stop()]); // Stopping waits for every request taken and all it started: nothing more can come after this.
    expect(fake.accepted('views.open')).toHaveLength(1);
  });

  it('a submission delivered to both instances stores one reply and confirms once', async () => {
    const button = await answerButton();
    await a.post(blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: button.action_id, value: button.value, responseUrl: fake.responseUrl('btn') }));
    await eventually(() => fake.accepted('views.update').length === 1);
    const view = fake.accepted('views.update')[0]?.args.view as { blocks: unknown[]; private_metadata: string; callback_id: string };
    const values = { q_behov: typed('Samma svar'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) };
    const body = viewSubmissionBody({ user: 'U0PART', view, viewId: `V-shared-${Date.now()}`, values });
    const first = await a.post(body);
    const again = await Promise.all([b.post(body, retried), a.post(body, retried), b.post(body)]);
    for (const res of [first, ...again]) expect(res.text).toBe('');
    expect(await b.t.store.replies.list({ program: 'slack-test', author: { platform: 'slack', userId: 'U0PART' } })).toHaveLength(1);
    await Promise.all([a.adapter.stop(), b.adapter.stop()]); // Stopping waits for every request taken and all it started: nothing more can come after this.
    expect(fake.accepted('chat.postEphemeral')).toHaveLength(1);
  });

  it('a channel Slack refused to one instance shows in /lnb status asked on the other, until a post gets through', async () => {
    const program = a.t.ctx.program;
    const round = program.rounds[0];
    const network = program.networks[0];
    if (!round || !network) throw new Error('test program changed');
    const message = roundMessage(program, round, network, 'post', 'sv');
    const post = () => postToChannel(a.t.ctx, a.adapter.port, target, message, 'slack-test/1/eskilstuna/post/0', { resuming: false, fence: async () => undefined });
    const status = async (id: string) => {
      const res = await b.command(commandBody({ command: '/lnb', text: 'status', user: 'U0COORD', channel: 'C0X', responseUrl: fake.responseUrl(id) }));
      return JSON.stringify(res.json());
    };
    fake.failWith('chat.postMessage', 'is_archived', (args) => args.channel === 'C0ESK', 1);
    await expect(post()).rejects.toMatchObject({ reason: 'unreachable', platformError: 'is_archived' });
    expect(await status('status-1')).toContain(`Eskilstuna (eskilstuna): boten når inte kanalen: ${escapeMrkdwn('is_archived')}`);
    await post();
    const after = await status('status-2');
    expect(after).toContain('Eskilstuna (eskilstuna): kopplad');
    expect(after).not.toContain('boten når inte kanalen');
  });
});
