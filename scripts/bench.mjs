#!/usr/bin/env node
// Times `compile` to JSON on 1,000 / 10,000 / 50,000 generated replies and
// prints wall time and peak memory for each. Run with `npm run bench` (after
// `npm run build`). Each size runs three times, each in a child process of its
// own (so the peak resident memory it reports belongs to that size alone): the
// median time is reported, with the fastest and slowest beside it.
//
// Replies are recombined sentences of ../shared/bench/themes-dev (real
// compilation text), spread over 10 networks and 4 questions; a fixed-seed
// generator makes every run compile the same replies.
//
// Then hostile replies: 40 of 3,000 characters that are no prose (letters
// without a space, runs of spaces, dots, digits, '@', emoji, zero-width
// characters, line breaks, bullets) beside 200 ordinary ones, against the 200
// alone. The target: at most 2 s, and at most 1.5 × the ordinary ones alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SIZES = [1_000, 10_000, 50_000];
const NETWORKS = 10;
const QUESTIONS = 4;
const ROLES = ['anhorig', 'politiker', 'chef', 'personal', 'handlaggare', 'ideell'];

function sentences() {
  const dir = join(here, '..', '..', 'shared', 'bench', 'themes-dev');
  const out = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line);
        out.push(...text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
      }
    }
  }
  if (out.length === 0) {
    out.push(
      'Avlösning i hemmet behöver bli mer flexibel för anhöriga.',
      'Stödplanen följs upp tillsammans med anhörigkonsulenten.',
      'Det är brist på korttidsplatser och växelvård i kommunen.',
      'Samverkan med föreningar och kyrkan ger bra möjligheter.',
    );
  }
  return out;
}

/** `n` generated replies, the same every run (bench-healthz.mjs uses them too). */
export function generate(n) {
  const pool = sentences();
  // The compiler's own seeded generator (built in dist/), so the data is the same every run.
  const { seededRandom } = require('../dist/compile/seeded-random.js');
  const rnd = seededRandom(20240611);
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  return Array.from({ length: n }, (_, i) => {
    const count = 1 + Math.floor(rnd() * 3);
    return {
      id: `b${i}`,
      question: `q${(i % QUESTIONS) + 1}`,
      text: Array.from({ length: count }, pick).join(' '),
      option: null,
      network: `n${Math.floor(rnd() * NETWORKS) + 1}`,
      role: ROLES[Math.floor(rnd() * ROLES.length)],
      kind: 'answer',
      consent: rnd() < 0.5,
    };
  });
}

const ORDINARY = 200;
const HOSTILE = 40;
const HOSTILE_CHARS = 3_000;
const fill = (unit) => unit.repeat(Math.ceil(HOSTILE_CHARS / unit.length)).slice(0, HOSTILE_CHARS);
const HOSTILE_KINDS = [
  () => fill('abcdefghijklmnopqrstuvwxyzåäö'),
  () => fill('a'),
  () => `Hej${' '.repeat(HOSTILE_CHARS - 5)}då`,
  () => fill('.'),
  () => fill('0123456789'),
  () => fill('@'),
  () => fill('😀'),
  () => fill('a\u200b'),
  () => fill('\n'),
  () => fill(' - '),
];

/** `count` hostile replies, every kind in turn, each a little different so no cache spares the work. */
function hostile(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    question: `q${(i % QUESTIONS) + 1}`,
    text: `${i} ${HOSTILE_KINDS[i % HOSTILE_KINDS.length]()} ${i}`,
    option: null,
    network: `n${(i % NETWORKS) + 1}`,
    role: ROLES[i % ROLES.length],
    kind: 'answer',
    consent: true,
  }));
}

function hostileChild(count) {
  const { compileRound } = require('../dist/compile/compile-round.js');
  const replies = [...generate(ORDINARY), ...hostile(count)];
  const start = process.hrtime.bigint();
  compileRound({ replies, locale: 'sv' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ count, ms })}\n`);
}

function runChild(...args) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Median of three runs, each in a fresh process: one noisy run does not decide. */
function hostileMs(count) {
  const runs = [0, 1, 2].map(() => runChild('--hostile', String(count)).ms).sort((a, b) => a - b);
  return runs[1];
}

function reportHostile() {
  const alone = hostileMs(0);
  const beside = hostileMs(HOSTILE);
  const ratio = beside / alone;
  const ok = beside <= 2_000 && ratio <= 1.5;
  process.stdout.write(
    `\n| hostile input | wall time (s) |\n|---|---:|\n` +
      `| ${ORDINARY} ordinary replies | ${(alone / 1000).toFixed(2)} |\n` +
      `| ${ORDINARY} ordinary + ${HOSTILE} hostile of ${HOSTILE_CHARS.toLocaleString('en')} characters | ${(beside / 1000).toFixed(2)} |\n` +
      `\nhostile beside ordinary: × ${ratio.toFixed(2)} of the ordinary alone (target ≤ 2 s and ≤ × 1.5: ${ok ? 'met' : 'NOT met'})\n`,
  );
}

function child(n) {
  const { compileRound } = require('../dist/compile/compile-round.js');
  const { renderJson } = require('../dist/compile/render-json.js');
  const replies = generate(n);
  const start = process.hrtime.bigint();
  const json = renderJson(compileRound({ replies, locale: 'sv' }));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const themes = JSON.parse(json).questions.map((q) => q.themes.length);
  process.stdout.write(`${JSON.stringify({ n, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, themes })}\n`);
}

/**
 * Median wall time of three runs of one size, each in a fresh process (one
 * noisy run, such as a neighbour's burst of work, does not decide); the
 * highest peak memory of the three.
 */
function medianRun(n) {
  const runs = [0, 1, 2].map(() => runChild('--child', String(n))).sort((a, b) => a.ms - b.ms);
  const mid = runs[1];
  return { ...mid, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)), spread: [runs[0].ms, runs[2].ms] };
}

function main() {
  if (!existsSync(join(here, '..', 'dist', 'compile', 'compile-round.js'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first (npm run bench does).\n');
    process.exit(2);
  }
  const rows = SIZES.map((n) => medianRun(n));
  process.stdout.write('| replies | wall time (s), median of 3 | fastest – slowest (s) | peak RSS (MB) | themes per question |\n|---:|---:|---:|---:|---|\n');
  for (const r of rows) {
    const [lo, hi] = r.spread.map((ms) => (ms / 1000).toFixed(2));
    process.stdout.write(`| ${r.n} | ${(r.ms / 1000).toFixed(2)} | ${lo} – ${hi} | ${r.maxRssMb.toFixed(0)} | ${r.themes.join(', ')} |\n`);
  }
  const [, ten, fifty] = rows;
  if (ten && fifty) {
    const nlogn = (fifty.n * Math.log(fifty.n)) / (ten.n * Math.log(ten.n));
    process.stdout.write(`\n10k → 50k: time × ${(fifty.ms / ten.ms).toFixed(1)} (n log n would be × ${nlogn.toFixed(1)})\n`);
  }
  reportHostile();
}

// Run as a script (not imported): the whole bench, one child's part, or `--hostile-only`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--child');
  const h = process.argv.indexOf('--hostile');
  if (i >= 0) child(Number(process.argv[i + 1]));
  else if (h >= 0) hostileChild(Number(process.argv[h + 1]));
  else if (process.argv.includes('--hostile-only')) reportHostile();
  else main();
}
