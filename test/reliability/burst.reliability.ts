import type { FormRef } from '../../src/core/form-model';
import type { Person } from '../../src/core/person';
import { answerId } from '../../src/core/reply-id';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { tempDir } from '../helpers/temp-dir';
import { SIGNING_SECRET } from '../slack/slack-harness';
import { cardOf, cardText } from '../teams/helpers/fake-connector';
import { type BotUnderTest, startBotUnderTest } from './helpers/bot-under-test';
import { recordFigure } from './helpers/figures';
import { type LoadRequest, type LoadResult, latencies, runLoad } from './helpers/load';
import { PROGRAM_ID, reliabilityProgram, slackChannel, slackNetwork, teamsNetwork } from './helpers/reliability-program';
import { openedFromChannel, slackSubmission, teamsSubmission } from './helpers/submissions';

// The numbers: 2,000 submissions per platform from 200 people, 100 in flight.
const SUBMISSIONS = 2000;
const USERS = 200;
const CONCURRENCY = 100;
const NETWORKS = SUBMISSIONS / USERS;
const OPTIONS = ['Ja', 'Delvis', 'Nej'] as const;

interface Planned {
  person: Person;
  ref: FormRef;
  text: string;
  option: (typeof OPTIONS)[number];
}

/** Submission k: person k mod 200 answers network k div 200, so each is its own reply and none overwrites another. */
function plan(platform: 'slack' | 'teams', k: number): Planned {
  const user = k % USERS;
  const net = Math.floor(k / USERS);
  const userId = platform === 'slack' ? `U${String(user).padStart(5, '0')}` : `aad-${String(user).padStart(5, '0')}`;
  const network = platform === 'slack' ? slackNetwork(net) : teamsNetwork(net);
  return {
    person: { platform, userId },
    ref: { kind: 'answer', program: PROGRAM_ID, round: 1, network },
    text: `Svar ${k}: avlösning på kvällarna skulle betyda mycket för oss (${platform}, ${userId}, ${network}).`,
    option: OPTIONS[k % 3] ?? 'Ja',
  };
}

async function burstSlack(bot: BotUnderTest): Promise<{ planned: Planned[]; results: LoadResult[]; wallMs: number }> {
  const planned = Array.from({ length: SUBMISSIONS }, (_, k) => plan('slack', k));
  const requests: LoadRequest[] = planned.map((p, k) => ({
    url: `${bot.baseUrl}/slack/events`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: slackSubmission(p.ref, p.person.userId, slackChannel(Math.floor(k / USERS)), p.text, `o${k % 3}` as 'o0'),
    signSlack: true,
  }));
  const { results, wallMs } = await runLoad(requests, { concurrency: CONCURRENCY, slackSecret: SIGNING_SECRET });
  return { planned, results, wallMs };
}

async function burstTeams(bot: BotUnderTest): Promise<{ planned: Planned[]; results: LoadResult[]; wallMs: number }> {
  const planned = Array.from({ length: SUBMISSIONS }, (_, k) => plan('teams', k));
  await openedFromChannel(bot.store, 'teams', planned.map((p) => ({ userId: p.person.userId, network: p.ref.network })));
  const requests: LoadRequest[] = planned.map((p, k) => ({
    url: `${bot.baseUrl}/api/messages`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(teamsSubmission(bot.connector.url, p.ref, p.person.userId, p.text, `form-${k}`, p.option)),
  }));
  const { results, wallMs } = await runLoad(requests, { concurrency: CONCURRENCY });
  return { planned, results, wallMs };
}

/** Every acknowledged submission's two replies are in the store with exactly what was sent, and no reply is there twice. */
async function expectAllStored(bot: BotUnderTest, platform: 'slack' | 'teams', planned: Planned[], acked: boolean[]): Promise<number> {
  const all = await bot.store.replies.list({ program: PROGRAM_ID });
  const mine = all.filter((r) => r.author?.platform === platform);
  const ids = mine.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  const byId = new Map(mine.map((r) => [r.id, r]));
  const missing: number[] = [];
  planned.forEach((p, k) => {
    if (!acked[k]) return;
    const text = byId.get(answerId(PROGRAM_ID, 1, p.ref.network, 'behov', p.person));
    const choice = byId.get(answerId(PROGRAM_ID, 1, p.ref.network, 'nojd', p.person));
    if (text?.text !== p.text || choice?.option !== p.option || text.author?.userId !== p.person.userId) missing.push(k);
  });
  expect(missing).toEqual([]);
  expect(mine).toHaveLength(2 * acked.filter(Boolean).length);
  return mine.length;
}

const stores: { name: string; open: () => Promise<{ url: string; stop(): Promise<void> }> }[] = [
  {
    name: 'SQLite',
    open: async () => {
      const dir = tempDir('lnb-burst-');
      return { url: `sqlite://${dir.path}/lnb.sqlite`, stop: async () => dir.remove() };
    },
  },
];
if (redisServerAvailable()) {
  stores.push({ name: 'Redis', open: async () => startRedisServer().then((r: RedisServer) => ({ url: r.url, stop: () => r.stop() })) });
}

describe.each(stores)('a burst of 2,000 Slack and 2,000 Teams submissions on $name', ({ name, open }) => {
  let bot: BotUnderTest;
  let storage: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    storage = await open();
    const dir = tempDir('lnb-burst-cwd-');
    bot = await startBotUnderTest({ program: reliabilityProgram({ slackNetworks: NETWORKS, teamsNetworks: NETWORKS }), storeUrl: storage.url, cwd: dir.path });
  });
  afterAll(async () => {
    await bot?.close();
    await storage?.stop();
  });

  it('acknowledges every Slack modal submission only once it is stored, and stores each once', async () => {
    const { planned, results, wallMs } = await burstSlack(bot);
    // An ack with no body closes the modal: that is "saved" to the person.
    const acked = results.map((r) => r.status === 200 && r.text === '');
    const refused = results.filter((_r, k) => !acked[k]);
    expect(refused.slice(0, 3)).toEqual([]);
    const stored = await expectAllStored(bot, 'slack', planned, acked);
    const l = latencies(results);
    recordFigure({ area: 'burst', case: `Slack view_submission, ${name}`, requests: SUBMISSIONS, acknowledged: acked.filter(Boolean).length, stored, perSecond: (SUBMISSIONS / wallMs) * 1000, p50Ms: l.p50, p99Ms: l.p99, note: `${USERS} users, concurrency ${CONCURRENCY}` });
  });

  it('answers every Teams card submission with a confirmation only once it is stored, and stores each once', async () => {
    const { planned, results, wallMs } = await burstTeams(bot);
    // Teams' ack is the 200 to the connector's POST; the person sees "saved" when the form card turns into the confirmation.
    const confirmed = new Set(
      bot.connector.calls
        .filter((c) => c.method === 'PUT' && /sparade/.test(cardText(cardOf(c.body) ?? {})))
        .map((c) => c.activityId),
    );
    const acked = results.map((r, k) => r.status === 200 && confirmed.has(`form-${k}`));
    expect(results.filter((_, k) => !acked[k]).slice(0, 3)).toEqual([]);
    const stored = await expectAllStored(bot, 'teams', planned, acked);
    const l = latencies(results);
    recordFigure({ area: 'burst', case: `Teams card Action.Submit, ${name}`, requests: SUBMISSIONS, acknowledged: acked.filter(Boolean).length, stored, perSecond: (SUBMISSIONS / wallMs) * 1000, p50Ms: l.p50, p99Ms: l.p99, note: `${USERS} users, concurrency ${CONCURRENCY}` });
  });

  it('stays healthy and logged no error', async () => {
    expect(await bot.healthy()).toBe(true);
    expect(bot.logLines.filter((l) => (JSON.parse(l) as { level: number }).level >= 50)).toEqual([]);
  });
});
