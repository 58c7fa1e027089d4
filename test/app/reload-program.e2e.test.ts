import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningBot, startBot } from '../../src/app/start-bot';
import type { LocalDelivery, LocalPort } from '../../src/local/local-port';
import { createLogger } from '../../src/logger';
import { FakeClock } from '../helpers/fake-clock';
import { tempDir } from '../helpers/temp-dir';

const EXAMPLE = readFileSync(join(__dirname, '../../examples/program.sv.yaml'), 'utf8');
const FIRST_QUESTION = 'Vad vill ni uppnå med ett individualiserat anhörigstöd i er kommun? Vad vill ni uppnå för den enskilde anhörige?';

interface Harness {
  bot: RunningBot;
  clock: FakeClock;
  local: LocalPort;
  file: string;
  logs: Record<string, unknown>[];
  /** Saves the file as editors do: a new file renamed over the old one. */
  save(text: string): void;
}

const running: { bot: RunningBot; remove(): void }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.bot.stop();
    r.remove();
  }
});

/** The real bot on a temp copy of the example program, with a real SQLite store and the local platform. */
async function startOnCopy(): Promise<Harness> {
  const dir = tempDir();
  const file = join(dir.path, 'program.yaml');
  writeFileSync(file, EXAMPLE);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
  const clock = new FakeClock('2026-11-23T10:00:00Z');
  const bot = await startBot({
    env: { PORT: '0', HOST: '127.0.0.1', STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}`, PROGRAM_FILE: file },
    cwd: dir.path,
    clock,
    logger,
    programReload: { debounceMs: 50, settleMs: 100 },
  });
  running.push({ bot, remove: dir.remove });
  let n = 0;
  return {
    bot,
    clock,
    local: bot.ctx.ports.local as LocalPort,
    file,
    logs,
    save(text) {
      const tmp = join(dir.path, `.program.yaml.${++n}.tmp`);
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    },
  };
}

/** Polls until `check` returns something truthy; the watcher is asynchronous. */
async function until<T>(check: () => T | Promise<T>, what: string, timeoutMs = 8_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const posts = (h: Harness, channel: string, round: number) =>
  h.local.sent(`channel:${channel}`).filter((d) => d.key.startsWith(`anhorigstod-2027/${round}/${channel}/post/`));
const notices = (h: Harness): LocalDelivery[] => h.local.sent('user:samordnare').filter((d) => d.key.startsWith('program/'));
const textOf = (d: LocalDelivery) => d.message.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')).join('\n');

/** Opens the web chat as a participant of `network` and types `answer <network>`; the form card's texts. */
async function formTexts(h: Harness, network: string): Promise<string> {
  const base = `http://127.0.0.1:${h.bot.port}/directline/v3/directline`;
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const s = (await (await post('/tokens/generate', { user: { id: `deltagare-${network}` }, network })).json()) as { conversationId: string; token: string };
  await post('/conversations', {}, s.token);
  const sent = (await (await post(`/conversations/${s.conversationId}/activities`, { type: 'message', text: `answer ${network}` }, s.token)).json()) as { id: string };
  const answer = await until(async () => {
    const res = await fetch(`${base}/conversations/${s.conversationId}/activities`, { headers: { authorization: `Bearer ${s.token}` } });
    const set = (await res.json()) as { activities: Record<string, unknown>[] };
    return set.activities.find((a) => a.replyToId === sent.id);
  }, 'the form');
  return JSON.stringify(answer);
}

describe('editing the program file while the bot runs', () => {
  it('takes an edited question into new forms without a restart (the watcher), and sends nothing twice', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    expect(posts(h, 'eskilstuna', 1)).toHaveLength(1);
    expect(await formTexts(h, 'eskilstuna')).toContain(FIRST_QUESTION);

    const started = h.bot.program;
    h.save(EXAMPLE.replace(FIRST_QUESTION, 'Vad vill ni uppnå med stödet, med egna ord?'));
    // No tick: the folder's watcher alone brings the edit in.
    await until(() => h.bot.program !== started, 'the reload');
    expect(h.bot.program.rounds[0]?.questions[0]?.text).toBe('Vad vill ni uppnå med stödet, med egna ord?');
    const form = await formTexts(h, 'eskilstuna');
    expect(form).toContain('Vad vill ni uppnå med stödet, med egna ord?');
    expect(form).not.toContain(FIRST_QUESTION);

    const summary = h.logs.find((l) => l.msg === 'program: reloaded');
    expect(summary).toMatchObject({ level: 30, rounds: 4, networks: 3, roundsChanged: [1], roundsAdded: [], networksAdded: [], settingsChanged: false });
    expect(JSON.stringify(summary)).not.toContain('med egna ord');

    // The post already in the channel is not sent again with the new text.
    await h.bot.scheduler.tick();
    expect(posts(h, 'eskilstuna', 1)).toHaveLength(1);
    expect(posts(h, 'katrineholm', 1)).toHaveLength(1);
    expect(notices(h)).toEqual([]);
  });

  it('posts to a network added to the file at the next tick, and to no other network again', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    const added = EXAMPLE.replace(
      '\n# Förväntade teman',
      '  - id: vingaker\n    name: Vingåker\n    platform: local\n    channel: vingaker\n    leaders: [ledare-vingaker]\n\n# Förväntade teman',
    );
    h.save(added);
    // Each tick checks the file first (the fallback for when no watcher event comes).
    await until(async () => {
      await h.bot.scheduler.tick();
      return posts(h, 'vingaker', 1).length === 1;
    }, 'the post to the new network');
    expect(h.bot.program.networks.map((n) => n.id)).toEqual(['eskilstuna', 'katrineholm', 'nykoping', 'vingaker']);
    expect(textOf(posts(h, 'vingaker', 1)[0] as LocalDelivery)).toContain('Vingåker');
    await h.bot.scheduler.tick();
    expect(posts(h, 'vingaker', 1)).toHaveLength(1);
    expect(posts(h, 'eskilstuna', 1)).toHaveLength(1);
    expect(posts(h, 'katrineholm', 1)).toHaveLength(1);
    expect(h.logs.find((l) => l.msg === 'program: reloaded')).toMatchObject({ networks: 4, networksAdded: ['vingaker'] });
  });

  it('moves the reminders of a moved meeting and does not post its questions again', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    h.save(EXAMPLE.replace('meeting: 2026-12-03T13:00', 'meeting: 2026-12-10T13:00'));
    await until(() => h.bot.program.rounds[0]?.meeting === '2026-12-10T13:00', 'the reload');
    // The first reminder was due 2026-11-26 09:00; it now falls on 2026-12-03 09:00 (08:00 UTC).
    h.clock.set('2026-11-26T10:00:00Z');
    await h.bot.scheduler.tick();
    const reminders = () => h.local.sent('channel:eskilstuna').filter((d) => d.key.startsWith('anhorigstod-2027/1/eskilstuna/remind/'));
    expect(reminders()).toEqual([]);
    h.clock.set('2026-12-03T08:00:00Z');
    await h.bot.scheduler.tick();
    await h.bot.scheduler.tick();
    expect(reminders().map((d) => d.key)).toEqual(['anhorigstod-2027/1/eskilstuna/remind/0']);
    expect(posts(h, 'eskilstuna', 1)).toHaveLength(1);
  });

  it('keeps the running program on an invalid file, tells the coordinators once per bad version, and takes the fixed file', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    const started = h.bot.program;
    const broken = EXAMPLE.replace('meeting: 2026-12-03T13:00', 'meeting: 2026-13-03T13:00');
    h.save(broken);
    const told = await until(() => notices(h)[0], 'the notice to the coordinator');
    expect(h.bot.program).toBe(started);
    expect(told.message.fallback).toBe('Ändringen i programfilen används inte än');
    expect(textOf(told)).toContain('rounds[0].meeting (rad 44)');
    expect(textOf(told)).toContain('fortsätter därför med den förra versionen');
    expect(textOf(told)).toContain(`npx lnb check ${h.file}`);
    const warned = h.logs.find((l) => l.msg === 'program: the edited program file has problems; the running program is kept');
    expect(warned).toMatchObject({ level: 40 });
    expect(String(((warned?.problems ?? []) as string[])[0])).toMatch(/^rounds\[0\]\.meeting \(rad 44\): /);

    // The same bad version again (saved again, and every tick) is not told again; the old program is still served.
    h.save(broken);
    for (let i = 0; i < 3; i++) await h.bot.scheduler.tick();
    expect(notices(h)).toHaveLength(1);
    expect(await formTexts(h, 'eskilstuna')).toContain(FIRST_QUESTION);
    expect(h.bot.program).toBe(started);

    // Another bad version is news.
    h.save(broken.replace('id: syfte', 'id: Syfte!'));
    await until(() => notices(h).length === 2, 'the second notice');

    const fixed = EXAMPLE.replace(FIRST_QUESTION, 'Vad vill ni uppnå?');
    h.save(fixed);
    await until(() => h.bot.program.rounds[0]?.questions[0]?.text === 'Vad vill ni uppnå?', 'the fixed file in use');
    expect(await formTexts(h, 'eskilstuna')).toContain('Vad vill ni uppnå?');
    await h.bot.scheduler.tick();
    expect(notices(h)).toHaveLength(2);
  });

  it('keeps the local trial on its all-local program when an edit puts a network on Slack, which is not configured', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    const started = h.bot.program;
    h.save(EXAMPLE.replace('platform: local', 'platform: slack'));
    const told = await until(() => notices(h)[0], 'the notice to the coordinator');
    expect(h.bot.program).toBe(started);
    expect(textOf(told)).toContain('SLACK_BOT_TOKEN');
    expect(textOf(told)).toContain('nätverk i Slack (eskilstuna)');
  });

  it('refuses a file that changes program.id, keeping the running program and saying why', async () => {
    const h = await startOnCopy();
    await h.bot.scheduler.tick();
    const started = h.bot.program;
    h.save(EXAMPLE.replace('id: anhorigstod-2027', 'id: anhorigstod-2028').replace(FIRST_QUESTION, 'Ny fråga?'));
    const told = await until(() => notices(h)[0], 'the notice');
    expect(textOf(told)).toContain('från anhorigstod-2027 till anhorigstod-2028');
    expect(h.bot.program).toBe(started);
    expect(h.logs.find((l) => String(l.msg).includes('another program.id'))).toMatchObject({ level: 40, from: 'anhorigstod-2027', to: 'anhorigstod-2028' });
    for (let i = 0; i < 2; i++) await h.bot.scheduler.tick();
    expect(notices(h)).toHaveLength(1);
    expect(posts(h, 'eskilstuna', 1)).toHaveLength(1);

    // With the id written back, the other edit is taken.
    h.save(EXAMPLE.replace(FIRST_QUESTION, 'Ny fråga?'));
    await until(() => h.bot.program.rounds[0]?.questions[0]?.text === 'Ny fråga?', 'the reload');
    expect(h.bot.program.program.id).toBe('anhorigstod-2027');
  });
});
