import { LogLevel, webApi } from '@slack/bolt';
import { BackgroundTasks } from '../../src/platform/background-tasks';
import { recentClaims } from '../../src/platform/recent-claims';
import { RecentKeys } from '../../src/platform/recent-keys';
import { EphemeralPoster } from '../../src/slack/ephemeral-poster';
import { SlackPeople } from '../../src/slack/slack-people';
import { SlackPort } from '../../src/slack/slack-port';
import type { SlackRuntime } from '../../src/slack/slack-runtime';
import type { TestContext } from '../helpers/bot-context';
import type { FakeSlackApi } from './fake-slack-api';

/**
 * The runtime the Slack listeners share, made of the real parts as startSlack
 * makes them (without Bolt), over a test context and the fake Slack Web API:
 * for calling a listener's own function (confirmSubmission, openFormModal,
 * runSlackCommand) without a request around it.
 */
export function realRuntime(t: TestContext, fake: FakeSlackApi, opts: { timeoutMs?: number } = {}): SlackRuntime {
  const log = t.ctx.log;
  const client = new webApi.WebClient(fake.token, { slackApiUrl: fake.url, timeout: opts.timeoutMs ?? 10_000, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  return {
    ctx: t.ctx,
    client,
    ephemerals: new EphemeralPoster(client, fake.token, { apiUrl: fake.url, timeoutMs: opts.timeoutMs ?? 10_000 }),
    port: new SlackPort(client, () => t.ctx.program.program.locale, log),
    people: new SlackPeople(client, t.ctx.store, log, t.clock),
    tasks: new BackgroundTasks(log),
    triggers: recentClaims(t.ctx.store, 'slack-trigger', 10 * 60_000, t.clock),
    opening: new RecentKeys(2_000, t.clock),
    confirmed: recentClaims(t.ctx.store, 'slack-view', 60 * 60_000, t.clock),
    log,
  };
}
