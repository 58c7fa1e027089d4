#!/usr/bin/env node
// How long GET /healthz waits while a /summary of 20,000 replies compiles in
// the same process: the compile on the event loop (as before issue 13), then
// in a worker thread (compileInWorker, as the bot does now). A ping is due
// every 50 ms; its wait runs from when it was due to when its answer came,
// so a blocked event loop shows as the time it held the ping back. Target in
// the worker: at most 300 ms. Run with `npm run bench` (after `npm run build`).
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const REPLIES = 20_000;
const EVERY_MS = 50;
const TARGET_MS = 300;

const get = (port) =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });

/** Pings /healthz every EVERY_MS until `work` settles; the worst wait and the compile's time. */
async function whilePinging(port, work) {
  const waits = [];
  const start = performance.now();
  let stopped = false;
  let due = start;
  const pings = [];
  const tick = () => {
    if (stopped) return;
    const thisDue = due;
    pings.push(get(port).then(() => waits.push(performance.now() - thisDue)));
    due += EVERY_MS;
    setTimeout(tick, Math.max(0, due - performance.now()));
  };
  tick();
  await work();
  const ms = performance.now() - start;
  stopped = true;
  await Promise.all(pings);
  return { worst: Math.max(...waits), pings: waits.length, ms };
}

async function main() {
  if (!existsSync(join(here, '..', 'dist', 'compile', 'compile-worker.js'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first (npm run bench does).\n');
    process.exit(2);
  }
  const { compileRound } = require('../dist/compile/compile-round.js');
  const { compileInWorker } = require('../dist/compile/compile-in-worker.js');
  const { HttpServer } = require('../dist/http/http-server.js');
  const { healthRoute } = require('../dist/http/health-route.js');
  const { createLogger } = require('../dist/logger.js');

  const http = new HttpServer(createLogger('silent'));
  http.route('GET', '/healthz', healthRoute({ ready: true, program: 'bench', store: 'none' }));
  const { port } = await http.listen(0, '127.0.0.1');
  const replies = generate(REPLIES);
  const input = { replies, locale: 'sv' };
  const rows = [
    ['on the event loop (before)', await whilePinging(port, async () => compileRound(input))],
    ['in a worker thread', await whilePinging(port, () => compileInWorker(input))],
  ];
  await http.close();
  process.stdout.write(
    `\n| /healthz during a compile of ${REPLIES.toLocaleString('en')} replies | worst wait (ms) | pings answered | compile (s) |\n|---|---:|---:|---:|\n`,
  );
  for (const [name, r] of rows) {
    process.stdout.write(`| ${name} | ${r.worst.toFixed(0)} | ${r.pings} | ${(r.ms / 1000).toFixed(2)} |\n`);
  }
  const worker = rows[1][1];
  process.stdout.write(`\nworst wait in the worker: ${worker.worst.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${worker.worst <= TARGET_MS ? 'met' : 'NOT met'})\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
