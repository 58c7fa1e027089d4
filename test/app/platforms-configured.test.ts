import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBot } from '../../src/app/start-bot';
import { ConfigError } from '../../src/errors';
import { FakeClock } from '../helpers/fake-clock';
import { MINIMAL_PROGRAM } from '../helpers/program-yaml';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

/** startBot as `npm start` calls it, with this program file and these settings. */
function start(program: string, env: Record<string, string> = {}) {
  const file = join(dir.path, `program-${Object.keys(env).join('-') || 'none'}.yaml`);
  writeFileSync(file, program);
  return startBot({
    env: { PORT: '0', HOST: '127.0.0.1', STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}`, PROGRAM_FILE: file, LOG_LEVEL: 'silent', LNB_LANG: 'en', ...env },
    cwd: dir.path,
    clock: new FakeClock('2026-10-20T10:00:00Z'),
  });
}

const problemsOf = async (started: Promise<unknown>) => {
  const e = await started.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(ConfigError);
  return (e as ConfigError).problems;
};

describe('a program on Slack or Teams without that platform configured', () => {
  it('does not start as the unauthenticated local trial: it names SLACK_BOT_TOKEN and MicrosoftAppId, and opens no store', async () => {
    // MINIMAL_PROGRAM has a Slack network (eskilstuna) and a Teams one (katrineholm).
    const problems = await problemsOf(start(MINIMAL_PROGRAM));
    expect(problems.map((p) => p.path)).toEqual(['SLACK_BOT_TOKEN', 'MicrosoftAppId']);
    expect(problems[0]?.message).toContain('networks on Slack (eskilstuna)');
    expect(problems[1]?.message).toContain('networks on Teams (katrineholm)');
    expect(existsSync(join(dir.path, 'lnb.sqlite'))).toBe(false);
  });

  it('with Slack configured, still refuses the Teams networks', async () => {
    const problems = await problemsOf(start(MINIMAL_PROGRAM, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test' }));
    expect(problems.map((p) => p.path)).toEqual(['MicrosoftAppId']);
  });

  it('with TEAMS_PLAYGROUND=on, lets the Teams networks through but still refuses the Slack ones', async () => {
    const problems = await problemsOf(start(MINIMAL_PROGRAM, { TEAMS_PLAYGROUND: 'on' }));
    expect(problems.map((p) => p.path)).toEqual(['SLACK_BOT_TOKEN']);
    expect(existsSync(join(dir.path, 'lnb.sqlite'))).toBe(false);
  });

  it('an all-local program is the local trial, with its page', async () => {
    const local = MINIMAL_PROGRAM.replace('platform: slack', 'platform: local').replace('platform: teams', 'platform: local');
    const bot = await start(local);
    try {
      expect(bot.webChatUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      await bot.stop();
    }
  });
});
