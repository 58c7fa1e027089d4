#!/usr/bin/env node
// Ack latency of Slack modal submissions. Sends 2,000 signed view_submission
// requests at concurrency 50 to /slack/events of the real adapter (startSlack
// in HTTP mode on our HttpServer, SQLite store: every submission is on disk
// before the ack), then the same load to a bare Bolt app on the same kind of
// server whose only listener acks. Prints p50/p99 for both and their ratio;
// the aim is p99 ≤ 1.5 × the bare app's and far inside Slack's 3 seconds.
//
// Runs against dist/ (`npm run build` first). Slack's Web API is a small
// local fake in a child process (auth.test at start, chat.postEphemeral for
// the confirmation after the ack), so nothing leaves the machine and, as
// with the real Slack, its work is not the server's.
//
// `--only lnb` (or `--only bare`) runs one side alone, e.g. to profile it:
// `node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench-slack.mjs --only lnb`
// (the load client runs in a child process, so the profile is the server's).
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const require = createRequire(import.meta.url);
// 2,000 by default: the p99 of 500 requests is their fifth-slowest, and moved by a third from run
// to run on the same code. Each person still submits five times (USERS grows with TOTAL).
const TOTAL = Number(process.env.BENCH_SLACK_TOTAL ?? 2000);
const CONCURRENCY = 50;
const WARMUP = 100;
const USERS = Math.max(1, Math.round(TOTAL / 5));
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';

const PROGRAM = `program:
  id: bench
  title: Bench
  coordinators: [U0COORD]
networks:
  - id: eskilstuna
    name: Eskilstuna
    platform: slack
    channel: C0ESK
    leaders: [U0LEAD]
rounds:
  - number: 1
    title: Träff 1
    meeting: 2026-12-03T13:00
    questions:
      - { id: behov, text: Vilka behov har du? }
      - { id: stod, text: Vilket stöd har hjälpt? }
      - { id: nojd, kind: choice, text: Nöjd?, options: [Ja, Delvis, Nej] }
`;

/**
 * The Web API answers the adapter needs, at loopback speed, served by a child
 * process: Slack is remote, so its work must not count as the server's CPU or
 * hold the server's event loop. `GET /bench/ephemerals?count=N` answers once N
 * confirmations have been posted in all.
 */
function fakeSlackMain() {
  let ephemerals = 0;
  let waiting = [];
  const settle = () => {
    for (const w of waiting) if (ephemerals >= w.count) w.res.writeHead(200).end();
    waiting = waiting.filter((w) => ephemerals < w.count);
  };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/bench/ephemerals') {
        waiting.push({ count: Number(url.searchParams.get('count')), res });
        settle();
        return;
      }
      const method = url.pathname.replace('/api/', '');
      if (method === 'chat.postEphemeral') {
        ephemerals += 1;
        settle();
      }
      const body =
        method === 'auth.test'
          ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM' }
          : method === 'chat.postEphemeral'
            ? { ok: true, message_ts: '1.1' }
            : { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
  process.on('disconnect', () => process.exit(0));
}

async function fakeSlack() {
  const child = fork(fileURLToPath(import.meta.url), ['--fake-slack'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`the fake Slack API exited (${code})`)));
  });
  return {
    url: `${base}/api/`,
    /** Resolves once `count` confirmations have been posted in all. */
    ephemerals: async (count) => {
      await fetch(`${base}/bench/ephemerals?count=${count}`);
    },
    close: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill();
      }),
  };
}

function submission(i) {
  const user = `U${String(i % USERS).padStart(4, '0')}`;
  const meta = { ref: { kind: 'answer', program: 'bench', round: 1, network: 'eskilstuna' }, user, channel: 'C0ESK' };
  const values = {
    q_behov: { value: { type: 'plain_text_input', value: `Avlösning på kvällarna, svar ${i}. Det skulle betyda mycket för oss.` } },
    q_stod: { value: { type: 'plain_text_input', value: i % 3 === 0 ? 'Anhörigcafé' : null } },
    q_nojd: { value: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: 'Ja' }, value: `o${i % 3}` } } },
    lnb_role: { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'anhörig' }, value: 'anhorig' } } },
    lnb_consent: { value: { type: 'checkboxes', selected_options: i % 2 ? [{ value: 'yes' }] : [] } },
  };
  const payload = {
    type: 'view_submission',
    team: { id: 'T0TEAM', domain: 'kommun' },
    user: { id: user, username: 'u', name: 'u', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    trigger_id: `${i}.1.bench`,
    view: {
      id: `V${i}`,
      type: 'modal',
      callback_id: 'lnb_form',
      private_metadata: JSON.stringify(meta),
      blocks: [],
      state: { values },
      hash: `h${i}`,
      team_id: 'T0TEAM',
      app_id: 'A0APP',
      bot_id: 'B0BOT',
    },
    is_enterprise_install: false,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

async function send(url, body) {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const start = process.hrtime.bigint();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
    body,
  });
  const text = await res.text();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 200 || text !== '') throw new Error(`unexpected answer ${res.status}: ${text.slice(0, 200)}`);
  return ms;
}

/**
 * The load itself, run in a child process so the client does not share the
 * server's event loop. It warms up first (untimed) on the connections it then
 * times, and waits for the server's go: timed from a cold client, the p99 of
 * 2,000 requests was the first burst of 50 new connections and a client not
 * yet compiled, for the bare app as for ours (its 20 slowest were almost all
 * among the first 50), not the server's work per request.
 */
async function clientMain(url, offset, count) {
  const run = async (first, n) => {
    const bodies = Array.from({ length: n }, (_, i) => submission(first + i));
    const times = [];
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) times.push(await send(url, bodies[next++]));
    };
    const start = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { times: times.sort((a, b) => a - b), wallMs: Date.now() - start };
  };
  await run(10_000, WARMUP);
  const go = new Promise((resolve) => process.once('message', resolve));
  process.send({ warm: true });
  await go;
  process.send(await run(offset, count));
  process.disconnect();
}

/** A load client: `warmed` once its warm-up is answered, then `run()` times the load. */
function startClient(url, offset, count) {
  const child = fork(fileURLToPath(import.meta.url), ['--client', url, String(offset), String(count)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const failed = new Promise((_, reject) => {
    child.once('exit', (code) => reject(new Error(`load client exited with ${code}`)));
  });
  // Once its result is in, the client's exit is expected.
  failed.catch(() => undefined);
  const next = () => Promise.race([new Promise((resolve) => child.once('message', resolve)), failed]);
  const warmed = next();
  return {
    warmed,
    run: () => {
      const result = next();
      child.send('go');
      return result;
    },
  };
}

/**
 * The server's CPU time (this process, every thread: the event loop and
 * SQLite's workers) from `start` until `done` resolves. CPU per request
 * depends far less on what else the machine runs than the latencies do.
 */
async function cpuMsOf(done) {
  const start = process.cpuUsage();
  const result = await done;
  const used = process.cpuUsage(start);
  return { ...result, cpuMs: (used.user + used.system) / 1000 };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function quiet() {
  const { createLogger } = require(join(dist, 'logger.js'));
  return createLogger('silent');
}

async function withHttp(mount, run) {
  const { HttpServer } = require(join(dist, 'http', 'http-server.js'));
  const http = new HttpServer(quiet());
  const address = await http.listen(0, '127.0.0.1');
  const stop = await mount(http);
  try {
    return await run(`http://127.0.0.1:${address.port}/slack/events`);
  } finally {
    await stop();
    await http.close();
  }
}

async function benchAdapter(api) {
  const { startSlack } = require(join(dist, 'slack', 'start-slack.js'));
  const { openStore } = require(join(dist, 'store', 'open-store.js'));
  const { parseProgram } = require(join(dist, 'program', 'load-program.js'));
  const { loadConfig } = require(join(dist, 'config', 'config.js'));
  const dir = mkdtempSync(join(tmpdir(), 'lnb-bench-'));
  const store = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`, dir);
  const ctx = {
    program: parseProgram(PROGRAM, 'bench.yaml'),
    store,
    clock: { now: () => new Date('2026-11-23T10:00:00Z') },
    log: quiet(),
    ports: {},
  };
  const config = loadConfig({}, { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, PROGRAM_FILE: 'bench.yaml' });
  // Everyone has opened the form from the network's channel before (which makes the network theirs).
  for (let i = 0; i < USERS; i++) {
    const userId = `U${String(i).padStart(4, '0')}`;
    await store.contacts.set({ platform: 'slack', userId, networks: ['eskilstuna'], updatedAt: '2026-11-23T09:00:00.000Z' });
  }
  try {
    return await withHttp(
      async (http) => {
        const adapter = await startSlack({ ctx, config, http });
        return () => adapter.stop();
      },
      async (url) => {
        const client = startClient(url, 0, TOTAL);
        await client.warmed;
        await api.ephemerals(WARMUP);
        // Counted until every submission's confirmation is out: the work after the ack is part of the cost.
        const result = await cpuMsOf(
          (async () => {
            const timed = await client.run();
            await api.ephemerals(WARMUP + TOTAL);
            return timed;
          })(),
        );
        result.stored = (await store.replies.list({ program: 'bench' })).length;
        return result;
      },
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchBare(api) {
  const { App, HTTPReceiver } = require('@slack/bolt');
  return withHttp(
    async (http) => {
      const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events', logLevel: 'error' });
      const app = new App({ token: TOKEN, receiver, logLevel: 'error', clientOptions: { slackApiUrl: api.url }, deferInitialization: true });
      await app.init();
      app.view('lnb_form', async ({ ack }) => ack());
      http.route('POST', '/slack/events', (req, res) => receiver.requestListener(req, res));
      return async () => undefined;
    },
    async (url) => {
      const client = startClient(url, 0, TOTAL);
      await client.warmed;
      return cpuMsOf(client.run());
    },
  );
}

async function main() {
  if (!existsSync(join(dist, 'slack', 'start-slack.js'))) {
    process.stderr.write('dist/ is missing the Slack adapter: run `npm run build` first.\n');
    process.exit(2);
  }
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'lnb' && only !== 'bare') {
    process.stderr.write('--only takes lnb or bare\n');
    process.exit(2);
  }
  const api = await fakeSlack();
  try {
    const bare = only === 'lnb' ? undefined : await benchBare(api);
    const ours = only === 'bare' ? undefined : await benchAdapter(api);
    const row = (name, r) =>
      `| ${name} | ${quantile(r.times, 0.5).toFixed(1)} | ${quantile(r.times, 0.99).toFixed(1)} | ${quantile(r.times, 1).toFixed(1)} | ${((TOTAL / r.wallMs) * 1000).toFixed(0)} | ${(r.cpuMs / TOTAL).toFixed(2)} |\n`;
    process.stdout.write(`Slack view_submission ack latency: ${TOTAL} signed requests, concurrency ${CONCURRENCY}, after ${WARMUP} warm-up\n\n`);
    process.stdout.write('| endpoint | p50 (ms) | p99 (ms) | max (ms) | requests/s | server CPU ms/request |\n|---|---:|---:|---:|---:|---:|\n');
    if (bare) process.stdout.write(row('bare Bolt app (ack only)', bare));
    if (ours) process.stdout.write(row('lnb adapter (SQLite, stored before ack)', ours));
    if (bare && ours) {
      const ratio = quantile(ours.times, 0.99) / quantile(bare.times, 0.99);
      process.stdout.write(`\np99 ratio lnb / bare: ${ratio.toFixed(2)} (aim ≤ 1.5); Slack's limit is 3000 ms.\n`);
    }
    if (ours) process.stdout.write(`replies stored: ${ours.stored} (${USERS} people, up to 3 questions each, each person submitting 5 times)\n`);
  } finally {
    await api.close();
  }
}

const fail = (e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
};
const client = process.argv.indexOf('--client');
if (process.argv.includes('--fake-slack')) {
  fakeSlackMain();
} else if (client >= 0) {
  const [url, offset, count] = process.argv.slice(client + 1);
  clientMain(url, Number(offset), Number(count)).catch(fail);
} else {
  main().catch(fail);
}
