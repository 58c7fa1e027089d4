import { join, resolve } from 'node:path';
import type { Clock } from '../clock';
import { type Config, isLoopback, loadConfig } from '../config/config';
import type { BotContext } from '../core/bot-context';
import type { Ports } from '../core/port';
import { asCodedError, ProgramNotFoundError } from '../errors';
import { healthRoute, type Readiness } from '../http/health-route';
import { HttpServer } from '../http/http-server';
import { translate } from '../i18n/translate';
import { LocalPort } from '../local/local-port';
import { createLogger, type Logger } from '../logger';
import type { PlatformAdapter } from '../platform/platform-adapter';
import { parseProgram } from '../program/load-program';
import type { Program } from '../program/schema';
import { watchProgramFile } from '../program/watch-program';
import { type Scheduler, startScheduler } from '../schedule/start-scheduler';
import { startSlack } from '../slack/start-slack';
import { openStore, type Store } from '../store/open-store';
import { startTeams } from '../teams/start-teams';
import { seedExampleReplies } from '../webchat/seed-example-replies';
import { startWebChat, type WebChat } from '../webchat/start-web-chat';
import { startWorkbench } from '../workbench/start-workbench';
import { checkPlatformsConfigured } from './platforms-configured';
import { createProgramReloader, readProgramSource } from './reload-program';

export interface BotDeps {
  env: NodeJS.ProcessEnv;
  cwd: string;
  clock: Clock;
  logger?: Logger;
  /** Timing of the program file's reload; tests shorten it. */
  programReload?: { debounceMs?: number; settleMs?: number };
}

export interface RunningBot {
  config: Config;
  /** The program in use now (`ctx.program`): edits of the file replace it while the bot runs. */
  readonly program: Program;
  store: Store;
  ctx: BotContext;
  scheduler: Scheduler;
  port: number;
  /** The local trial's page, when the bot runs as one (nothing configured, on loopback). */
  webChatUrl?: string;
  log: Logger;
  stop(): Promise<void>;
}

/**
 * Wires the bot: settings, the HTTP server (health first, so a platform's
 * probe sees "starting" rather than nothing), the program, the store.
 * Throws ConfigError / ProgramError / StoreError for the entry point to report.
 */
export async function startBot(deps: BotDeps): Promise<RunningBot> {
  const config = loadConfig(deps.env);
  const locale = config.LNB_LANG;
  const log = deps.logger ?? createLogger(config.LOG_LEVEL);
  const readiness: Readiness = { ready: false };
  const http = new HttpServer(log);
  http.route('GET', '/healthz', healthRoute(readiness));
  const address = await http.listen(config.PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${address.port}` }, 'listening');
  // Said before anything else happens, at every start: nobody should run this mode without knowing.
  if (config.teamsPlayground) log.warn({ setting: 'TEAMS_PLAYGROUND', authentication: 'off' }, translate(locale, 'teams.log.playground'));

  let store: Store | undefined;
  try {
    // Read once, parsed from that text: the reloader starts from exactly the version in use.
    const source = await readProgramSource(resolve(deps.cwd, config.PROGRAM_FILE));
    if (!source) throw new ProgramNotFoundError(config.PROGRAM_FILE);
    const program = parseProgram(source.text, config.PROGRAM_FILE, locale);
    // Before the store opens: a Slack or Teams program without its credentials must not become the unauthenticated trial.
    checkPlatformsConfigured(program, config, locale);
    store = await openStore(config.STORE_URL, deps.cwd, deps.clock);
    const opened = store;
    const local = new LocalPort(log);
    const ports: Ports = { local };
    const ctx: BotContext = {
      program,
      store,
      clock: deps.clock,
      log,
      ports,
      compileTimeoutMs: config.COMPILE_TIMEOUT_MS,
      ...(config.languageModel ? { model: config.languageModel } : {}),
    };
    const platforms: PlatformAdapter[] = [];
    // Every platform's port is registered here and nowhere else: the schedule, summaries and the workbench send through ctx.ports.
    const started = (platform: PlatformAdapter) => {
      ports[platform.port.platform] = platform.port;
      platforms.push(platform);
    };
    let webChat: WebChat | undefined;
    try {
      if (config.slackConfigured) started(await startSlack({ ctx, config, http }));
      // With no platform configured, the Teams bot runs without authentication behind the
      // local web chat: a trial of the real thing. Unauthenticated is safe on loopback only.
      // TEAMS_PLAYGROUND=on is this same mode (config.ts refuses it with credentials or off
      // loopback); it only lets the program have Teams networks (checkPlatformsConfigured).
      const localMode = !config.slackConfigured && !config.teamsConfigured;
      if (localMode && !isLoopback(config.HOST)) log.warn({ host: config.HOST }, translate(locale, 'webchat.log.notLoopback'));
      if (config.teamsConfigured || (localMode && isLoopback(config.HOST))) {
        started(await startTeams({ ctx, config, http }));
      }
      if (localMode && isLoopback(config.HOST)) {
        webChat = startWebChat({ ctx, http, local, host: config.HOST });
        // The examples only make the trial's compilation richer; a problem with them must not stop the bot.
        await seedExampleReplies(ctx, join(__dirname, '../../examples/replies.sv.jsonl')).catch((e: unknown) =>
          log.warn({ err: asCodedError(e).message }, 'local mode: example replies not imported'),
        );
      }
    } catch (e) {
      webChat?.stop();
      await Promise.allSettled(platforms.map((p) => p.stop()));
      throw e;
    }
    // The coordinator's workbench, on the same server, once the platforms' ports are there to publish through.
    startWorkbench({ ctx, config, http });
    // Edits of the program file are taken in while the bot runs: on the folder's events and, as a
    // fallback for file systems whose events do not arrive, at every tick of the schedule.
    const reloader = createProgramReloader({
      ctx,
      file: config.PROGRAM_FILE,
      cwd: deps.cwd,
      loaded: source,
      logLocale: locale,
      settleMs: deps.programReload?.settleMs,
      accept: (next, nextLocale) => checkPlatformsConfigured(next, config, nextLocale),
    });
    const watcher = watchProgramFile(resolve(deps.cwd, config.PROGRAM_FILE), () => void reloader.check(), {
      debounceMs: deps.programReload?.debounceMs,
      onError: (e) => log.warn({ err: e.message }, 'program: the file watcher stopped; the file is still checked every minute'),
    });
    // The schedule starts once every platform can take messages.
    const scheduler = startScheduler(ctx, { enabled: config.SCHEDULE === 'on', beforeTick: () => reloader.check() });
    Object.assign(readiness, { ready: true, program: program.program.id, store: store.location.kind });
    log.info(
      { program: program.program.id, networks: program.networks.length, rounds: program.rounds.length, store: store.location.kind },
      'ready',
    );
    if (webChat) log.info({ url: webChat.url() }, translate(locale, 'webchat.log.open', { url: webChat.url() }));
    return {
      config,
      get program() {
        return ctx.program;
      },
      store: opened,
      ctx,
      scheduler,
      port: address.port,
      webChatUrl: webChat?.url(),
      log,
      async stop() {
        readiness.ready = false;
        watcher.close();
        await scheduler.stop();
        await reloader.stop();
        webChat?.stop();
        // Platforms first: they wait for summaries still being delivered, which need the store.
        await Promise.allSettled(platforms.map((p) => p.stop()));
        await http.close();
        await opened.close();
        log.info('stopped');
      },
    };
  } catch (e) {
    await http.close();
    await store?.close();
    throw e;
  }
}
