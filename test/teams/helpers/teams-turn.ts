import { Application } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../../../src/logger';
import { BackgroundTasks } from '../../../src/platform/background-tasks';
import { FileLinks } from '../../../src/platform/file-links';
import { recentClaims } from '../../../src/platform/recent-claims';
import type { Program } from '../../../src/program/schema';
import { LnbTeamsAdapter } from '../../../src/teams/lnb-teams-adapter';
import type { TeamsDeps } from '../../../src/teams/teams-deps';
import { TeamsPort } from '../../../src/teams/teams-port';
import { openTestContext, type TestContext } from '../../helpers/bot-context';
import { forEachTest } from '../../helpers/for-each';
import { FakeConnector } from './fake-connector';
import { teamsProgram } from './teams-program';

export interface TeamsTurns {
  t: TestContext;
  connector: FakeConnector;
  adapter: LnbTeamsAdapter;
  deps: TeamsDeps;
  /** Runs `logic` in a real turn for `activity` (authentication off), its replies going to the fake connector. */
  run(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  /** A bare teams-ai Application on the adapter, routing cards by `lnb` like the bot's, with only the routes `register` adds. */
  app(register: (app: Application, deps: TeamsDeps) => void): (activity: Partial<Activity>) => Promise<InvokeResponse | undefined>;
  close(): Promise<void>;
}

/**
 * A handler's turn without the HTTP server: the real CloudAdapter (teams-ai's, as
 * the bot runs it, authentication off) on an activity whose serviceUrl is the fake
 * Bot Connector, the rules over a real SQLite store, the real TeamsPort.
 */
export async function startTeamsTurns(opts: { program?: Program; log?: Logger } = {}): Promise<TeamsTurns> {
  const connector = await FakeConnector.start();
  const t = await openTestContext({ program: opts.program ?? teamsProgram(), log: opts.log });
  const adapter = new LnbTeamsAdapter({});
  const files = new FileLinks({ files: t.store.files, clock: t.clock, baseUrl: () => 'http://127.0.0.1:1', locale: 'sv' });
  const port = new TeamsPort({ ctx: t.ctx, adapter, appId: '', files, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
  t.ctx.ports.teams = port;
  const tasks = new BackgroundTasks(t.ctx.log);
  const deps: TeamsDeps = { ctx: t.ctx, port, seen: recentClaims(t.store, 'teams-activity', 60 * 60_000, t.clock), tasks };
  const run = (activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>) => adapter.handle('', activity as Activity, logic);
  return {
    t,
    connector,
    adapter,
    deps,
    run,
    app(register) {
      const app = new Application({ adapter, startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false, adaptiveCards: { actionSubmitFilter: 'lnb' } });
      register(app, deps);
      return (activity) => run(activity, async (turn) => void (await app.run(turn)));
    },
    async close() {
      await tasks.drain();
      await connector.close();
      await t.close();
    },
  };
}

/** For the tests of one file or describe block: startTeamsTurns before each test, closed after it. The value returned stands for the current test's one. */
export function teamsTurnsForEach(opts: Parameters<typeof startTeamsTurns>[0] = {}): TeamsTurns {
  return forEachTest(() => startTeamsTurns(opts), (h) => h.close());
}
