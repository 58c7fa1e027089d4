#!/usr/bin/env node
// What a scheduler tick and `status` cost as the store grows: times them with
// 1,000 and with 100,000 stored replies (a real SQLite file; also Redis when
// REDIS_URL is set), in a program of 10 networks and 7 rounds. The aim is
// flat: a tick reads only what is due, by key, and status reads the counts
// the store keeps per program, round and network (src/store/reply-counts.ts).
// Run with `npm run bench` (after `npm run build`). BENCH_LEDGER=n first
// stores n ledger entries of other programs (default 0), which a tick of this
// program should not have to read.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { parseProgram } = require('../dist/program/load-program.js');
const { openStore } = require('../dist/store/open-store.js');
const { runDue } = require('../dist/schedule/run-due.js');
const { statusMessage } = require('../dist/core/status-message.js');
const { LocalPort } = require('../dist/local/local-port.js');
const { createLogger } = require('../dist/logger.js');
const { seededRandom } = require('../dist/compile/seeded-random.js');

const SIZES = [1_000, 100_000];
const NETWORKS = 10;
const ROUNDS = 7;
const REPEAT = 20;
const OTHER_LEDGER = Number(process.env.BENCH_LEDGER ?? 0);

function programYaml() {
  let y = 'program:\n  id: reads\n  title: Bench\n  timezone: Europe/Stockholm\n  coordinators: [coord]\nnetworks:\n';
  for (let n = 1; n <= NETWORKS; n += 1) y += `  - id: n${n}\n    name: N${n}\n    platform: local\n    channel: c${n}\n    leaders: [lead${n}]\n`;
  y += 'rounds:\n';
  for (let r = 1; r <= ROUNDS; r += 1) {
    const month = String(r + 1).padStart(2, '0');
    y += `  - number: ${r}\n    title: Träff ${r}\n    meeting: 2027-${month}-10T13:00\n    questions:\n      - id: q1\n        text: Fråga ett\n      - id: q2\n        text: Fråga två\n`;
  }
  return y;
}

/** `n` replies spread over the rounds and networks, the same every run. */
function replies(n) {
  const rnd = seededRandom(4711);
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    program: 'reads',
    round: 1 + Math.floor(rnd() * ROUNDS),
    network: `n${1 + Math.floor(rnd() * NETWORKS)}`,
    question: rnd() < 0.5 ? 'q1' : 'q2',
    author: { platform: 'local', userId: `u${i % 5000}` },
    role: 'anhorig',
    kind: i % 50 === 0 ? 'minutes' : 'answer',
    text: 'Avlösning i hemmet behöver bli mer flexibel för anhöriga.',
    option: null,
    consent: true,
  }));
}

async function median(fn) {
  const times = [];
  for (let i = 0; i < REPEAT; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function measure(url, size, dir) {
  const clock = { at: new Date('2027-05-12T08:00:00Z'), now() { return new Date(this.at); } };
  const store = await openStore(url, dir, clock);
  try {
    const all = replies(size);
    for (let i = 0; i < all.length; i += 500) await store.replies.saveMany(all.slice(i, i + 500), clock.now());
    const at = clock.now().toISOString();
    for (let i = 0; i < OTHER_LEDGER; i += 500) {
      const batch = Array.from({ length: Math.min(500, OTHER_LEDGER - i) }, (_, j) => i + j);
      await Promise.all(batch.map((k) => store.ledger.set({ program: `other${k % 50}`, round: 1 + (k % ROUNDS), network: `n${k}`, action: 'remind', slot: 0, status: 'sent', updatedAt: at })));
    }
    const program = parseProgram(programYaml(), 'bench.yaml');
    const ctx = { program, store, clock, log: createLogger('silent'), ports: { local: new LocalPort() } };
    await runDue(ctx); // the first tick records (or drops) everything missed; later ticks find nothing due
    const tick = await median(() => runDue(ctx));
    const leader = await median(() => statusMessage(ctx, { platform: 'local', userId: 'lead3' }, 'sv'));
    const coordinator = await median(() => statusMessage(ctx, { platform: 'local', userId: 'coord' }, 'sv'));
    return { tick, leader, coordinator };
  } finally {
    await store.close();
  }
}

const stores = [['sqlite', (dir) => `sqlite://${join(dir, 'reads.sqlite')}`]];
if (process.env.REDIS_URL) stores.push(['redis', () => process.env.REDIS_URL]);
const say = (line) => process.stdout.write(`${line}\n`);
say(`tick and status, median of ${REPEAT}, ms (${NETWORKS} networks, ${ROUNDS} rounds, ${OTHER_LEDGER} ledger entries of other programs)`);
for (const [name, urlOf] of stores) {
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'lnb-reads-'));
    try {
      const r = await measure(urlOf(dir), size, dir);
      say(
        `${name} ${size.toLocaleString('en')} replies: tick ${r.tick.toFixed(1)} · leader status ${r.leader.toFixed(1)} · coordinator status ${r.coordinator.toFixed(1)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
