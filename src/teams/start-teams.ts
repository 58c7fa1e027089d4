import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { asCodedError } from '../errors';
import { routeInfoPages } from '../http/info-pages';
import { loopbackOnly } from '../http/loopback-only';
import { BackgroundTasks } from '../platform/background-tasks';
import { FileLinks } from '../platform/file-links';
import type { PlatformAdapter, PlatformDeps } from '../platform/platform-adapter';
import { recentClaims } from '../platform/recent-claims';
import { quietBotbuilderKeyLog } from './bearer-check';
import { createTeamsApp } from './create-teams-app';
import { LnbTeamsAdapter } from './lnb-teams-adapter';
import { messagesRoute } from './messages-route';
import { authOptions, checkTeamsConfig } from './teams-config';
import type { TeamsDeps } from './teams-deps';
import { TeamsPort } from './teams-port';
import { turnErrorHandler } from './turn-error-handler';
import type { RetryOptions } from './with-retry';

export interface TeamsOptions {
  /** Back-off for throttled connector calls; tests shorten it. */
  retry?: RetryOptions;
  /** More of botbuilder's authentication settings: tests point the OpenID metadata at a local fake. */
  auth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export interface TeamsPlatform extends PlatformAdapter {
  port: TeamsPort;
}

/**
 * Starts Microsoft Teams: the teams-ai Application on botbuilder's
 * CloudAdapter at POST /api/messages, download links at GET /files/*, and
 * the port the scheduler and summaries send through. Throws ConfigError
 * for settings that cannot work or would be unsafe.
 */
export async function startTeams(deps: PlatformDeps, options: TeamsOptions = {}): Promise<TeamsPlatform> {
  const { ctx, config, http } = deps;
  checkTeamsConfig(config);
  const appId = config.MicrosoftAppId ?? '';
  const adapter = new LnbTeamsAdapter({ ...authOptions(config), ...options.auth });
  quietBotbuilderKeyLog();
  // Before listening the port is unknown, so the address is read when a link is made.
  const baseUrl = () => config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${http.port}`;
  // Files and their signing secret are in the store, so any instance on it serves any link (file-links.ts).
  const files = new FileLinks({ files: ctx.store.files, clock: ctx.clock, baseUrl, locale: config.LNB_LANG, log: ctx.log });
  const port = new TeamsPort({ ctx, adapter, appId, files, retry: options.retry, timeoutMs: config.PLATFORM_TIMEOUT_MS });

  const tasks = new BackgroundTasks(ctx.log);
  let stopped = false;
  const teamsDeps: TeamsDeps = {
    ctx,
    port,
    // Re-sends come within minutes of the original, so the window is an hour of wall time.
    seen: recentClaims(ctx.store, 'teams-activity', 60 * 60_000, ctx.clock, (operation, e) =>
      ctx.log.warn({ operation, err: asCodedError(e).message }, 'shared repeat check failed; decided by this instance alone'),
    ),
    tasks,
  };
  const app = createTeamsApp(teamsDeps, adapter, appId);
  adapter.onTurnError = turnErrorHandler(teamsDeps);

  const messages = messagesRoute(adapter, async (turn) => void (await app.run(turn)), ctx.log, () => stopped);
  // Without an app id nothing checks who is calling; then only this machine may (see checkTeamsConfig).
  http.route('POST', '/api/messages', appId ? messages : loopbackOnly(messages));
  http.route('GET', '/files/*', files.route());
  // The website, privacy and terms pages the app package links to.
  routeInfoPages(http);
  if (appId && !config.PUBLIC_URL) ctx.log.warn('PUBLIC_URL is not set: links to compilations will point at this machine only');
  ctx.log.info({ authentication: appId ? 'on' : 'off (local mode)' }, 'teams endpoint ready at /api/messages');

  return {
    port,
    async stop() {
      stopped = true;
      await tasks.drain();
    },
  };
}
