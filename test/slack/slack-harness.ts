import { createHmac } from 'node:crypto';
import { loadConfig } from '../../src/config/config';
import type { Person } from '../../src/core/person';
import { submitForm } from '../../src/core/submit-form';
import { HttpServer } from '../../src/http/http-server';
import type { Logger } from '../../src/logger';
import type { PlatformAdapter } from '../../src/platform/platform-adapter';
import type { Program } from '../../src/program/schema';
import { ACTION_IDS } from '../../src/slack/action-value';
import { startSlack } from '../../src/slack/start-slack';
import type { Store } from '../../src/store/open-store';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { eventually } from '../helpers/eventually';
import { forEachTest, standIn } from '../helpers/for-each';
import { GatedStore } from '../helpers/gated-store';
import { FakeSlackApi } from './fake-slack-api';
import { blockActionsBody } from './slack-payloads';
import { slackProgram } from './slack-program';

export { eventually };

export const SIGNING_SECRET = 'test-signing-secret-8f3a';

/** Slack's v0 request signature over `v0:{timestamp}:{body}`. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackHarness {
  fake: FakeSlackApi;
  t: TestContext;
  adapter: PlatformAdapter;
  /** POSTs a body to /slack/events, signed unless headers say otherwise. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string; json: () => unknown }>;
  /**
   * POSTs a slash command (or click), which the bot acknowledges at once with
   * an empty 200, and waits for its answer through response_url: `json()` is
   * that answer.
   */
  command(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string; json: () => unknown }>;
  close(): Promise<void>;
}

export interface SlackHarnessOptions {
  program?: Program;
  now?: string;
  env?: Record<string, string>;
  /** Another store than a fresh SQLite file: a Redis URL that several harnesses (instances) share. */
  storeUrl?: string;
  /** A fake Slack that another harness started (and closes): two instances of one app. */
  fake?: FakeSlackApi;
  /** The bot's store seen through a wrapper (the same interface): a slow or locked store. `t.store` stays the real one. */
  wrapStore?: (store: Store) => Store;
  /** The rules' logger (silent unless given). */
  log?: Logger;
}

/**
 * The real thing end to end: our HttpServer on a free loopback port with
 * startSlack in HTTP mode on it, a real SQLite store, and the fake Slack
 * Web API the bot reaches through SLACK_API_URL.
 */
export async function startSlackHarness(opts: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const ownFake = !opts.fake;
  const fake = opts.fake ?? new FakeSlackApi();
  if (ownFake) await fake.start();
  const t = await openTestContext({ program: opts.program ?? slackProgram(), now: opts.now, storeUrl: opts.storeUrl, log: opts.log });
  if (opts.wrapStore) t.ctx.store = opts.wrapStore(t.store);
  const http = new HttpServer(t.ctx.log);
  const address = await http.listen(0, '127.0.0.1');
  const config = loadConfig(
    {},
    { SLACK_BOT_TOKEN: fake.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.url, PROGRAM_FILE: 'slack-test.yaml', PORT: '0', ...opts.env },
  );
  const adapter = await startSlack({ ctx: t.ctx, config, http });
  t.ctx.ports.slack = adapter.port; // as start-up registers it (app/start-bot.ts)
  const endpoint = `http://127.0.0.1:${address.port}/slack/events`;
  const harness: SlackHarness = {
    fake,
    t,
    adapter,
    async post(body, headers = {}) {
      const timestamp = Math.floor(Date.now() / 1000);
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(body, timestamp),
          ...headers,
        },
        body,
      });
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) };
    },
    async command(body, headers = {}) {
      const before = fake.responses.length;
      const res = await harness.post(body, headers);
      if (res.status !== 200) return res;
      if (res.text !== '') throw new Error(`expected an empty acknowledgement, got ${res.text}`);
      await eventually(() => fake.responses.length > before);
      return { ...res, json: () => fake.responses[before]?.body };
    },
    async close() {
      await adapter.stop();
      await http.close();
      if (ownFake) await fake.close();
      await t.close();
    },
  };
  return harness;
}

/** A harness whose store answers only when the test opens its gate, and what the gate saw. */
export interface GatedSlack {
  h: SlackHarness;
  gated: GatedStore;
}

/**
 * For the tests of one describe block: a harness over a GatedStore, started
 * before each test and closed after it (the gate opened first, so nothing
 * waits forever). Slack's 3 seconds are tested against it: what was
 * acknowledged, and what the store was asked, before the store answered.
 */
export function gatedSlackHarnessForEach(): GatedSlack {
  const s = {} as GatedSlack;
  beforeEach(async () => {
    s.h = await startSlackHarness({
      wrapStore: (store) => {
        s.gated = new GatedStore(store);
        return s.gated.store;
      },
    });
  });
  afterEach(async () => {
    s.gated.open();
    await s.h.close();
  });
  return s;
}

/**
 * For the tests of one file or describe block: a harness (startSlackHarness)
 * started before each test and closed after it. The harness returned stands
 * for the current test's one.
 */
export function slackHarnessForEach(opts: SlackHarnessOptions = {}): SlackHarness {
  return forEachTest(() => startSlackHarness(opts), (h) => h.close());
}

/** A fake Slack Web API and a test context over the Slack test program, without our HTTP server or Bolt: for calling a rule directly (realRuntime). */
export interface FakeSlackAndContext {
  fake: FakeSlackApi;
  t: TestContext;
}

/**
 * For the tests of one file or describe block: a started fake Slack Web API
 * and a test context (slackProgram) opened before each test and closed after
 * it. `fake` and `t` stand for the current test's ones.
 */
export function fakeSlackAndContextForEach(): FakeSlackAndContext {
  const both = forEachTest(
    async (): Promise<FakeSlackAndContext> => {
      const fake = new FakeSlackApi();
      await fake.start();
      return { fake, t: await openTestContext({ program: slackProgram() }) };
    },
    async ({ fake, t }) => {
      await fake.close();
      await t.close();
    },
  );
  return {
    fake: standIn(() => both.fake),
    t: standIn(() => both.t),
  };
}

/**
 * Two participants' answers in round 1 of Eskilstuna, submitted through the
 * rules: U0PART's own (with a `<` and `>` to escape) and U0OTHER's; and
 * U0PART's contact (Swedish, anhörig). For the tests of what a person may
 * see and delete of their own.
 */
export async function answersOfTwo(h: SlackHarness): Promise<void> {
  const answer = (userId: string, network: string, text: string) =>
    submitForm(h.t.ctx, { platform: 'slack', userId } as Person, { kind: 'answer', program: 'slack-test', round: 1, network }, {
      values: { behov: text },
      role: 'anhorig',
      consent: false,
    });
  await answer('U0PART', 'eskilstuna', 'Mitt eget <svar> om avlösning.');
  await answer('U0OTHER', 'eskilstuna', 'Någon annans svar.');
  await h.t.store.contacts.set({ platform: 'slack', userId: 'U0PART', locale: 'sv', role: 'anhorig', updatedAt: '2026-11-23T10:00:00Z' });
}

/** Clicks an answer button whose value was made by hand, in `channel`; what the modal then shows (the view of the last views.update, as JSON). */
export async function clickAnswerButton(h: SlackHarness, value: Record<string, unknown>, user: string, channel: string): Promise<string> {
  const before = h.fake.accepted('views.update').length;
  const res = await h.post(blockActionsBody({ user, channel, actionId: ACTION_IDS.answer, value: JSON.stringify(value), responseUrl: h.fake.responseUrl('b') }));
  expect(res.status).toBe(200);
  await eventually(() => h.fake.accepted('views.update').length > before);
  return JSON.stringify(h.fake.accepted('views.update').at(-1)?.args.view);
}
