import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import type { BotContext } from '../../src/core/bot-context';
import { submitForm } from '../../src/core/submit-form';
import { HttpServer } from '../../src/http/http-server';
import { LocalPort } from '../../src/local/local-port';
import { createLogger } from '../../src/logger';
import { openStore, type Store } from '../../src/store/open-store';
import { startTeams, type TeamsPlatform } from '../../src/teams/start-teams';
import { FakeClock } from '../helpers/fake-clock';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { tempDir } from '../helpers/temp-dir';
import { cardOf, FakeConnector } from './helpers/fake-connector';
import { COORD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { teamsProgram } from './helpers/teams-program';

/**
 * Download links outlive the instance that made them: several instances on
 * one Redis store serve each other's links, and a restart on SQLite keeps
 * them, until they expire. Each instance is the real thing: its own store
 * connection, HTTP server and Teams endpoint, as separate processes would be.
 */

const DAY = 24 * 60 * 60 * 1000;

interface Instance {
  baseUrl: string;
  store: Store;
  stop(): Promise<void>;
}

let connector: FakeConnector;
const clock = new FakeClock('2026-11-23T10:00:00Z');
const dir = tempDir();
const running: Instance[] = [];

async function startInstance(storeUrl: string): Promise<Instance> {
  const store = await openStore(storeUrl, dir.path);
  const ctx: BotContext = { program: teamsProgram(), store, clock, log: createLogger('silent'), ports: { local: new LocalPort() } };
  const http = new HttpServer(createLogger('silent'));
  const config = loadConfig({}, { HOST: '127.0.0.1', PORT: '0', PROGRAM_FILE: 'unused.yaml' });
  const teams: TeamsPlatform = await startTeams({ ctx, config, http }, { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } });
  ctx.ports.teams = teams.port; // as start-up registers it (app/start-bot.ts)
  await http.listen(0, '127.0.0.1');
  const instance: Instance = {
    baseUrl: `http://127.0.0.1:${http.port}`,
    store,
    async stop() {
      running.splice(running.indexOf(instance), 1);
      await teams.stop();
      await http.close();
      await store.close();
    },
  };
  running.push(instance);
  return instance;
}

async function addReplies(store: Store): Promise<void> {
  const ctx: BotContext = { program: teamsProgram(), store, clock, log: createLogger('silent'), ports: {} };
  const ref = { kind: 'answer' as const, program: 'teams-test', round: 1, network: 'eskilstuna' };
  for (const [userId, text] of [
    ['p1', 'Vi vill ha mer avlösning och stöd på kvällar.'],
    ['p2', 'Samverkan med regionen och vårdcentralen behövs.'],
  ] as const) {
    await submitForm(ctx, { platform: 'teams', userId }, ref, { values: { syfte: text, betyg: 'Bra' }, role: 'anhorig', consent: true });
  }
}

/** The coordinator asks `instance` for a compilation; the card's button is the link. */
async function linkFrom(instance: Instance): Promise<string> {
  const conversation = personalConversationId(COORD);
  const before = connector.activities(conversation).length;
  const res = await fetch(`${instance.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage(connector.url, COORD, 'summary 1')),
  });
  expect(res.status).toBeLessThan(300);
  let url = '';
  await connector.waitFor(() => {
    for (const call of connector.activities(conversation).slice(before)) {
      const actions = (cardOf(call.body)?.actions ?? []) as { type: string; url?: string }[];
      url = actions.find((a) => a.type === 'Action.OpenUrl' && a.url?.startsWith(`${instance.baseUrl}/files/`))?.url ?? url;
    }
    return url !== '';
  }, 30_000);
  expect(url.startsWith(`${instance.baseUrl}/files/`)).toBe(true);
  return url;
}

/** The same link, reached through another instance (as a load balancer would send it). */
const through = (instance: Instance, url: string) => `${instance.baseUrl}${new URL(url).pathname}`;

async function download(url: string): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  connector = await FakeConnector.start();
});
afterEach(async () => {
  for (const instance of [...running]) await instance.stop();
  clock.set('2026-11-23T10:00:00Z');
});
afterAll(async () => {
  await connector.close();
  dir.remove();
});

const redisTest = redisServerAvailable() ? describe : describe.skip;

redisTest('download links with two instances on one Redis store', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());

  it('serves a link made by one instance through the other, both ways, until it expires', async () => {
    const [a, b] = await Promise.all([startInstance(redis.url), startInstance(redis.url)]);
    if (!a || !b) throw new Error('instances did not start');
    await addReplies(a.store);

    const fromA = await linkFrom(a);
    const viaB = await download(through(b, fromA));
    expect(viaB.status).toBe(200);
    expect(viaB.body.subarray(0, 2).toString()).toBe('PK');
    expect(viaB.body.equals((await download(fromA)).body)).toBe(true);

    // B signs with the same secret, so its links work through A too.
    const fromB = await linkFrom(b);
    expect((await download(through(a, fromB))).status).toBe(200);

    // Security holds across instances: a changed signature, or one link's id under the other's signature, gets nothing.
    const [idA, expA, sigA] = new URL(fromA).pathname.slice('/files/'.length).split('.');
    const [idB] = new URL(fromB).pathname.slice('/files/'.length).split('.');
    for (const token of [`${idA}.${expA}.${sigA?.slice(0, -2)}xx`, `${idB}.${expA}.${sigA}`]) {
      expect((await download(`${b.baseUrl}/files/${token}`)).status).toBe(404);
    }

    clock.advance(DAY + 1000);
    expect((await download(through(b, fromA))).status).toBe(410);
    expect((await download(through(a, fromB))).status).toBe(410);
  });
});

describe('download links across a restart on SQLite', () => {
  it('serves a link made before the restart until it expires, then refuses it', async () => {
    const url = `sqlite://${join(dir.path, 'restart.sqlite')}`;
    const before = await startInstance(url);
    await addReplies(before.store);
    const link = await linkFrom(before);
    const original = await download(link);
    expect(original.status).toBe(200);
    await before.stop();

    const after = await startInstance(url);
    const served = await download(through(after, link));
    expect(served.status).toBe(200);
    expect(served.body.equals(original.body)).toBe(true);

    clock.advance(DAY - 60_000);
    expect((await download(through(after, link))).status).toBe(200);
    clock.advance(2 * 60_000);
    expect((await download(through(after, link))).status).toBe(410);
    // The expired file is gone from the store, not only refused.
    const id = new URL(link).pathname.slice('/files/'.length).split('.')[0] ?? '';
    expect(await after.store.files.get(id, new Date(0))).toBeUndefined();
  });
});

describe('download links while the store is away', () => {
  it('answers 503 (try again), not that the link is gone', async () => {
    const instance = await startInstance(`sqlite://${join(dir.path, 'away.sqlite')}`);
    await addReplies(instance.store);
    const link = await linkFrom(instance);
    await instance.store.close();
    const res = await fetch(link);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.text()).toMatch(/Försök igen om en stund/);
  });
});
