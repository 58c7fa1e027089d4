#!/usr/bin/env node
// Times `compile` to JSON on 1,000 / 10,000 / 50,000 generated replies and
// prints wall time and peak memory for each. Run with `npm run bench` (after
// `npm run build`). Each size runs in a child process of its own, so the
// peak resident memory it reports belongs to that size alone.
//
// Replies are recombined sentences of ../shared/bench/themes-dev (real
// compilation text), spread over 10 networks and 4 questions; a fixed-seed
// generator makes every run compile the same replies.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

function generate(n) {
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

function main() {
  if (!existsSync(join(here, '..', 'dist', 'compile', 'compile-round.js'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first (npm run bench does).\n');
    process.exit(2);
  }
  const rows = SIZES.map((n) => {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop());
  });
  process.stdout.write('| replies | wall time (s) | peak RSS (MB) | themes per question |\n|---:|---:|---:|---|\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.n} | ${(r.ms / 1000).toFixed(2)} | ${r.maxRssMb.toFixed(0)} | ${r.themes.join(', ')} |\n`);
  }
  const [, ten, fifty] = rows;
  if (ten && fifty) {
    const nlogn = (fifty.n * Math.log(fifty.n)) / (ten.n * Math.log(ten.n));
    process.stdout.write(`\n10k → 50k: time × ${(fifty.ms / ten.ms).toFixed(1)} (n log n would be × ${nlogn.toFixed(1)})\n`);
  }
}

const i = process.argv.indexOf('--child');
if (i >= 0) child(Number(process.argv[i + 1]));
else main();
