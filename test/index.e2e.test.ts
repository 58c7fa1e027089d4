import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_PROGRAM } from './helpers/program-yaml';
import { tempDir } from './helpers/temp-dir';

const repo = join(__dirname, '..');
const entry = join(repo, 'dist/index.js');
const dir = tempDir();
afterAll(() => dir.remove());

interface Started {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

// The built bot as `npm start` runs it, in a scratch folder with its own env.
function start(env: NodeJS.ProcessEnv, cwd = dir.path): Started {
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` (npm test does it first)');
  const proc = spawn(process.execPath, [entry], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  proc.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

/** Resolves when the output holds `text`, rejects if the bot exits first: events, not a count of tries. */
function waitForOutput(started: Started, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (started.output().includes(text)) {
        done();
        resolve();
      }
    };
    const exit = () => {
      done();
      reject(new Error(`the bot exited: ${started.output()}`));
    };
    const done = () => {
      started.proc.stdout?.off('data', check);
      started.proc.stderr?.off('data', check);
      started.proc.off('exit', exit);
    };
    started.proc.stdout?.on('data', check);
    started.proc.stderr?.on('data', check);
    started.proc.once('exit', exit);
    check();
  });
}

// The bot logs "ready" once the store is open and every platform can take
// messages; however slow a loaded machine is to load the bot, the test waits
// for that line, not a clock.
async function waitForHealth(port: number, started: Started): Promise<Response> {
  await waitForOutput(started, '"msg":"ready"');
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  if (res.status !== 200) throw new Error(`healthz answered ${res.status}: ${started.output()}`);
  return res;
}

describe('the bot process', () => {
  it('starts with only a program file, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const port = 39000 + (process.pid % 500);
    const bot = start({ PORT: String(port), PROGRAM_FILE: join(repo, 'examples/program.sv.yaml'), LOG_LEVEL: 'info' });
    try {
      const res = await waitForHealth(port, bot);
      expect(await res.json()).toEqual({ status: 'ok', program: 'anhorigstod-2027', store: 'sqlite' });
      expect(existsSync(join(dir.path, 'data/lnb.sqlite'))).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/nowhere`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST' })).status).toBe(405);
      // Beside the JSON log, the local trial's address in plain words for whoever ran `npm start`.
      const plain = `\n  Öppna http://127.0.0.1:${port}/ i webbläsaren`;
      await waitForOutput(bot, plain);
    } finally {
      bot.proc.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  });

  it('refuses to start on a bad program file, naming the field, with exit code 2', async () => {
    const file = join(dir.path, 'broken.yaml');
    writeFileSync(
      file,
      'program:\n  id: x\n  title: X\nnetworks:\n  - id: a\n    name: A\n    platform: slack\nrounds:\n  - number: 1\n    title: T\n    meeting: 2026-12-03T13:00\n    reminders: [2026-12-04T09:00]\n    questions: [{ id: q, text: Q }]\n',
    );
    const bot = start({ PORT: '0', PROGRAM_FILE: file, LNB_LANG: 'en' });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('networks[0] (line 5): network "a" has neither a channel nor a leader');
    expect(bot.output()).toContain('rounds[0].reminders[0] (line 12): the reminder "2026-12-04T09:00" is not before the meeting');
  });

  it('refuses a Slack or Teams program without its credentials, with exit code 2, instead of running it as the open local trial', async () => {
    const file = join(dir.path, 'slack-teams.yaml');
    writeFileSync(file, MINIMAL_PROGRAM);
    const bot = start({ PORT: '0', PROGRAM_FILE: file, LNB_LANG: 'en' });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('SLACK_BOT_TOKEN: is required because the program has networks on Slack (eskilstuna)');
    expect(bot.output()).toContain('MicrosoftAppId: is required because the program has networks on Teams (katrineholm)');
  });

  it('refuses TEAMS_PLAYGROUND=on beside a Teams app id, or off loopback, with exit code 2, naming the settings', async () => {
    const file = join(dir.path, 'teams-only.yaml');
    writeFileSync(file, MINIMAL_PROGRAM.replace('platform: slack', 'platform: local'));
    const withAppId = start({ PORT: '0', PROGRAM_FILE: file, LNB_LANG: 'en', TEAMS_PLAYGROUND: 'on', MicrosoftAppId: '00000000-0000-0000-0000-000000000001' });
    expect(await withAppId.exited).toBe(2);
    expect(withAppId.output()).toContain('MicrosoftAppId: must not be set with TEAMS_PLAYGROUND=on');
    const offLoopback = start({ PORT: '0', PROGRAM_FILE: file, LNB_LANG: 'sv', TEAMS_PLAYGROUND: 'on', HOST: '0.0.0.0' });
    expect(await offLoopback.exited).toBe(2);
    expect(offLoopback.output()).toContain('HOST: 0.0.0.0 går inte med TEAMS_PLAYGROUND=on');
  });

  it('refuses to start on bad settings with exit code 2', async () => {
    const bot = start({ PORT: 'x', LNB_LANG: 'en' });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('PORT: "x" is not a port number');
  });

  it('reads .env in its working folder, where the environment does not say otherwise', async () => {
    const withEnv = tempDir();
    try {
      writeFileSync(join(withEnv.path, '.env'), 'PORT=x\nLNB_LANG=en\n');
      const fromFile = start({}, withEnv.path);
      expect(await fromFile.exited).toBe(2);
      expect(fromFile.output()).toContain('PORT: "x" is not a port number');
      const overridden = start({ PORT: 'y', LNB_LANG: 'sv' }, withEnv.path);
      expect(await overridden.exited).toBe(2);
      expect(overridden.output()).toContain('"y"');
      expect(overridden.output()).not.toContain('is not a port number');
    } finally {
      withEnv.remove();
    }
  });

  it('refuses to start with a half-configured language model, naming what is missing', async () => {
    const bot = start({ PORT: '0', LNB_LANG: 'en', LLM_URL: 'http://127.0.0.1:9/v1', LLM_API_KEY: 'sk-x' });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('LLM_MODEL: is required when LLM_URL is set');
  });
});
