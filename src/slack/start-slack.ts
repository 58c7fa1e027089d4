import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import { systemClock } from '../clock';
import { SEND_LEASE_MS } from '../core/port';
import { asCodedError, ConfigError } from '../errors';
import { sendJson } from '../http/http-server';
import { translate } from '../i18n/translate';
import { inRequest } from '../logger';
import { BackgroundTasks } from '../platform/background-tasks';
import type { PlatformAdapter, PlatformDeps } from '../platform/platform-adapter';
import { recentClaims } from '../platform/recent-claims';
import { RecentKeys } from '../platform/recent-keys';
import { boltLogger } from './bolt-logger';
import { checkSlackRequest } from './check-slack-request';
import { EphemeralPoster } from './ephemeral-poster';
import { registerListeners } from './listeners/register-listeners';
import { refuseSlackRequest } from './refuse-slack-request';
import { slackApiUrl } from './slack-api-url';
import { SLACK_EVENTS_PATH } from './slack-events-path';
import { SlackPeople } from './slack-people';
import { SlackPort } from './slack-port';
import type { SlackRuntime } from './slack-runtime';
import { webClientOptions } from './web-client-options';

/** Auth errors that mean the token is wrong, not that Slack is unwell. */
const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/**
 * Starts the Slack platform: Socket Mode when SLACK_APP_TOKEN is set (no
 * public URL needed), else HTTP mode on our own server at /slack/events,
 * where Bolt's HTTPReceiver verifies every request's signature (v0 HMAC,
 * at most 5 minutes old) before a listener sees it. The token is checked
 * once (auth.test) so a wrong one stops the start with a clear message.
 * Start-up registers the returned port in `ctx.ports` (app/start-bot.ts).
 */
/** A Slack request's own id: the event's, else the trigger's (commands, buttons, forms), else a new one. */
function slackRequestId(body: unknown): string {
  const b = (body ?? {}) as { event_id?: unknown; trigger_id?: unknown };
  const id = typeof b.event_id === 'string' ? b.event_id : typeof b.trigger_id === 'string' ? b.trigger_id : '';
  return id !== '' ? id.slice(0, 100) : `slack-${randomUUID()}`;
}

export async function startSlack(deps: PlatformDeps): Promise<PlatformAdapter> {
  const { ctx, config, http } = deps;
  const log = ctx.log.child({ platform: 'slack' });
  const lang = config.LNB_LANG;
  // The settings were checked once, by the config schema (a signing secret unless Socket Mode); start-up starts Slack only with a token.
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('startSlack needs SLACK_BOT_TOKEN: start it only when config.slackConfigured');
  const appToken = config.SLACK_APP_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;

  const logger = boltLogger(log);
  const apiUrl = slackApiUrl(config.SLACK_API_URL);
  // Listeners may wait out Slack's rate limits for a while; the port's scheduled sends must end within their lease.
  const clientOptions = webClientOptions({ apiUrl, timeoutMs: config.PLATFORM_TIMEOUT_MS, maxRetryMs: 5 * 60_000 });
  const portOptions = webClientOptions({ apiUrl, timeoutMs: config.PLATFORM_TIMEOUT_MS, maxRetryMs: SEND_LEASE_MS / 2 });
  // processBeforeResponse stays off: listeners answer Slack (ack) as soon
  // as they know the answer and go on working after it. Bolt's own signature
  // check is off because checkSlackRequest has made it (both ways in time)
  // before Bolt gets the request; Bolt never sees a request that did not pass.
  const receiver = appToken
    ? undefined
    : new HTTPReceiver({ signingSecret: signingSecret ?? '', endpoints: SLACK_EVENTS_PATH, logger, signatureVerification: false });
  // No conversation store: nothing reads `context.conversation`, and Bolt's default one is a look-up in memory on every request.
  const app = receiver
    ? new App({ token, receiver, logger, clientOptions, convoStore: false, deferInitialization: true })
    : new App({ token, appToken, socketMode: true, logger, clientOptions, convoStore: false, deferInitialization: true });
  try {
    await app.init();
  } catch (e) {
    const code = (e as { data?: { error?: string } }).data?.error;
    if (code && TOKEN_ERRORS.has(code)) {
      throw new ConfigError([{ path: 'SLACK_BOT_TOKEN', message: translate(lang, 'slack.config.tokenRefused', { error: code }) }]);
    }
    throw e;
  }

  const port = new SlackPort(new webApi.WebClient(token, { ...portOptions, logger }), () => ctx.program.program.locale, log);
  const tasks = new BackgroundTasks(log);
  const ephemerals = new EphemeralPoster(app.client, token, { apiUrl, timeoutMs: config.PLATFORM_TIMEOUT_MS });
  const claimFailed = (operation: string, e: unknown) =>
    log.warn({ operation, err: asCodedError(e).message }, 'shared repeat check failed; decided by this instance alone');
  const rt: SlackRuntime = {
    ctx,
    client: app.client,
    ephemerals,
    port,
    people: new SlackPeople(app.client, ctx.store, log, ctx.clock),
    tasks,
    // Which of these are shared between instances, and why: see SlackRuntime.
    triggers: recentClaims(ctx.store, 'slack-trigger', 10 * 60_000, ctx.clock, claimFailed),
    opening: new RecentKeys(2_000, ctx.clock),
    confirmed: recentClaims(ctx.store, 'slack-view', 60 * 60_000, ctx.clock, claimFailed),
    log,
  };
  // Bolt answers Slack and goes on handling the request where no caller waits for it. Each request's
  // handling (its listeners, to the end) is tracked with the background work, so stop() waits for it
  // too and the store is never closed under a listener still running. Its failure is Bolt's to log.
  // Every line a request's handling logs carries its id (the event's, else the trigger's).
  app.use(async ({ body, next }) =>
    inRequest({ req: slackRequestId(body) }, async () => {
      const handled = next();
      tasks.run('slack request', () => handled.catch(() => undefined));
      await handled;
    }),
  );
  registerListeners(app, rt);

  let stopped = false;
  if (receiver) {
    const listener = receiver.requestListener;
    // Nothing a request carries may end the process: it is read and checked
    // here, and whatever still goes wrong answers this request alone.
    const passChecked = async (req: IncomingMessage, res: ServerResponse) => {
      try {
        const checked = await checkSlackRequest(req, signingSecret ?? '', systemClock);
        if (!checked.ok) return sendJson(res, checked.status, { error: checked.error });
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = checked.rawBody;
        listener(req, res);
      } catch (e) {
        log.warn({ err: asCodedError(e).message }, 'slack request refused');
        if (!res.headersSent) sendJson(res, 400, { error: 'bad request' });
        else res.end();
      }
    };
    http.route('POST', SLACK_EVENTS_PATH, (req, res) => {
      if (stopped) return sendJson(res, 503, { error: 'stopping' });
      // Until Slack has its answer, queued work (confirmations) waits: under a burst the acks come first.
      res.once('close', tasks.hold());
      // Checked before Bolt reads the body: it reads any size, and answers 500 to a type it cannot parse.
      const refusal = refuseSlackRequest(req.headers);
      if (refusal) {
        res.setHeader('connection', 'close');
        req.resume();
        return sendJson(res, refusal.status, { error: refusal.error });
      }
      return passChecked(req, res);
    });
  } else {
    await app.start();
  }
  log.info({ mode: receiver ? 'http' : 'socket' }, 'slack started');

  return {
    port,
    /** Stops taking requests, and resolves once those taken, and all they started, have finished. */
    async stop() {
      stopped = true;
      if (!receiver) await app.stop();
      await tasks.drain();
      ephemerals.close();
      log.info('slack stopped');
    },
  };
}
