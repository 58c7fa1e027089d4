import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config/config';
import { HttpServer } from '../../../src/http/http-server';
import { createLogger, type Logger } from '../../../src/logger';
import type { Program } from '../../../src/program/schema';
import { startTeams, type TeamsPlatform } from '../../../src/teams/start-teams';
import { openTestContext, type TestContext } from '../../helpers/bot-context';
import { FakeConnector } from './fake-connector';
import { teamsProgram } from './teams-program';

export interface TeamsHarness {
  t: TestContext;
  connector: FakeConnector;
  teams: TeamsPlatform;
  http: HttpServer;
  baseUrl: string;
  /** POSTs an activity to /api/messages, as the Bot Connector would. */
  send(activity: Partial<Activity>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The bot's real HTTP server with Teams started on it (authentication off,
 * loopback), the rules over a real SQLite store, and the fake connector the
 * activities name as serviceUrl.
 */
export async function startTeamsHarness(
  opts: {
    program?: Program;
    env?: Record<string, string>;
    now?: string;
    /** Another store than a fresh SQLite file: a Redis URL that several harnesses (instances) share. */
    storeUrl?: string;
    /** A connector that another harness started (and closes): two instances behind one Teams. */
    connector?: FakeConnector;
    /** The rules' logger (silent unless given). */
    log?: Logger;
  } = {},
): Promise<TeamsHarness> {
  const ownConnector = !opts.connector;
  const connector = opts.connector ?? (await FakeConnector.start());
  const t = await openTestContext({ program: opts.program ?? teamsProgram(), now: opts.now, storeUrl: opts.storeUrl, log: opts.log });
  const http = new HttpServer(createLogger('silent'));
  const config = loadConfig({}, { HOST: '127.0.0.1', PORT: '0', PROGRAM_FILE: 'unused.yaml', ...opts.env });
  const teams = await startTeams({ ctx: t.ctx, config, http }, { retry: { attempts: 6, baseDelayMs: 5, maxDelayMs: 40 } });
  t.ctx.ports.teams = teams.port; // as start-up registers it (app/start-bot.ts)
  await http.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${http.port}`;
  return {
    t,
    connector,
    teams,
    http,
    baseUrl,
    send: (activity, headers = {}) =>
      fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      }),
    async close() {
      await teams.stop();
      await http.close();
      if (ownConnector) await connector.close();
      await t.close();
    },
  };
}
