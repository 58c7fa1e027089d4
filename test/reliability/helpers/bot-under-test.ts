import { Writable } from 'node:stream';
import type { Clock } from '../../../src/clock';
import { loadConfig } from '../../../src/config/config';
import type { BotContext } from '../../../src/core/bot-context';
import { healthRoute } from '../../../src/http/health-route';
import { HttpServer } from '../../../src/http/http-server';
import { LocalPort } from '../../../src/local/local-port';
import { createLogger } from '../../../src/logger';
import type { PlatformAdapter } from '../../../src/platform/platform-adapter';
import type { Program } from '../../../src/program/schema';
import { type Scheduler, startScheduler } from '../../../src/schedule/start-scheduler';
import { startSlack } from '../../../src/slack/start-slack';
import { openStore, type Store } from '../../../src/store/open-store';
import { startTeams, type TeamsPlatform } from '../../../src/teams/start-teams';
import { startWorkbench } from '../../../src/workbench/start-workbench';
import type { WorkbenchService } from '../../../src/workbench/workbench-service';
import { FakeSlackApi } from '../../slack/fake-slack-api';
import { SIGNING_SECRET, sign } from '../../slack/slack-harness';
import { FakeConnector } from '../../teams/helpers/fake-connector';
import { openedFromChannel } from './submissions';

/** Teams' app id when a test wants authentication on (tokens for another app id are then refused). */
export const TEAMS_APP_ID = '00000000-0000-0000-0000-0000000000aa';

export interface BotUnderTest {
  ctx: BotContext;
  store: Store;
  fake: FakeSlackApi;
  connector: FakeConnector;
  slack: PlatformAdapter;
  teams: TeamsPlatform;
  scheduler: Scheduler;
  /** The coordinator's workbench, on the same server as start-bot puts it. */
  workbench: WorkbenchService;
  baseUrl: string;
  /** Every log line at or above the logger's level, as pino wrote it (JSON). */
  logLines: string[];
  /** POSTs a body to /slack/events, signed now unless `headers` say otherwise. */
  postSlack(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** POSTs an activity (or any body) to /api/messages. */
  postTeams(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BotOptions {
  program: Program;
  storeUrl: string;
  cwd: string;
  clock?: Clock;
  /** `info` by default, so the privacy tests see what an operator would see. */
  logLevel?: string;
  teamsAppId?: string;
  /** The schedule is off unless asked for; with it on, it ticks only when the test calls `scheduler.tick()`. */
  schedule?: boolean;
  /** PLATFORM_TIMEOUT_MS: how long a platform call may take. */
  timeoutMs?: number;
}

/**
 * The bot as start-bot wires it (one HttpServer with /healthz, Slack in HTTP
 * mode, Teams on CloudAdapter, the store named by a STORE_URL), in this
 * process, with both platforms faked at their HTTP boundary only: Slack's
 * Web API through SLACK_API_URL, the Bot Connector through the activities'
 * serviceUrl. start-bot itself starts Teams only with an app id, so the
 * composition is repeated here to have Teams' local mode (no app id, on
 * loopback) beside Slack. The workbench is started after both, as start-bot does.
 */
export async function startBotUnderTest(opts: BotOptions): Promise<BotUnderTest> {
  const fake = new FakeSlackApi();
  await fake.start();
  const connector = await FakeConnector.start();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger(opts.logLevel ?? 'info', sink);
  const store = await openStore(opts.storeUrl, opts.cwd);
  const ctx: BotContext = { program: opts.program, store, clock: opts.clock ?? { now: () => new Date() }, log, ports: { local: new LocalPort(log) } };
  const http = new HttpServer(log);
  const readiness = { ready: true, program: opts.program.program.id, store: store.location.kind };
  http.route('GET', '/healthz', healthRoute(readiness));
  const address = await http.listen(0, '127.0.0.1');
  const config = loadConfig(
    {},
    {
      HOST: '127.0.0.1',
      PORT: '0',
      PROGRAM_FILE: 'reliability.yaml',
      SLACK_BOT_TOKEN: fake.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      PLATFORM_TIMEOUT_MS: String(opts.timeoutMs ?? 10_000),
      ...(opts.teamsAppId ? { MicrosoftAppId: opts.teamsAppId, MicrosoftAppPassword: 'reliability-secret', MicrosoftAppTenantId: 'reliability-tenant' } : {}),
    },
  );
  const slack = await startSlack({ ctx, config, http });
  ctx.ports.slack = slack.port; // as start-up registers them (app/start-bot.ts)
  // Short back-off so a throttled connector is outlasted within a test's time.
  const teams = await startTeams({ ctx, config, http }, { retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 500 } });
  ctx.ports.teams = teams.port;
  const workbench = startWorkbench({ ctx, config, http });
  const scheduler = startScheduler(ctx, { enabled: opts.schedule === true, cron: false });
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const answer = async (res: Response) => ({ status: res.status, text: await res.text() });
  return {
    ctx,
    store,
    fake,
    connector,
    slack,
    teams,
    scheduler,
    workbench,
    baseUrl,
    logLines,
    async postSlack(body, headers = {}) {
      const ts = Math.floor(Date.now() / 1000);
      return answer(
        await fetch(`${baseUrl}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts), ...headers },
          body,
        }),
      );
    },
    async postTeams(body, headers = {}) {
      // A form's submit stands for a form the bot showed after a click in the network's channel;
      // one sent with a token of its own is a stranger probing authentication, who clicked nothing.
      const activity = (typeof body === 'string' ? safeJson(body) : body) as { value?: { lnb?: unknown; network?: unknown }; from?: { aadObjectId?: unknown } } | undefined;
      const { value, from } = activity ?? {};
      if (headers.authorization === undefined && value?.lnb === 'submit' && typeof value.network === 'string' && typeof from?.aadObjectId === 'string') {
        // With the store down (the fault tests) this cannot be noted, nor could the bot save the
        // answer: what is tested then is how the bot tells the person, so the submit goes on.
        await openedFromChannel(store, 'teams', [{ userId: from.aadObjectId, network: value.network }]).catch(() => undefined);
      }
      return answer(
        await fetch(`${baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      );
    },
    async healthy() {
      const res = await fetch(`${baseUrl}/healthz`).catch(() => undefined);
      return res?.status === 200;
    },
    async close() {
      await scheduler.stop();
      await Promise.allSettled([slack.stop(), teams.stop()]);
      await http.close();
      await store.close();
      await fake.close();
      await connector.close();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
