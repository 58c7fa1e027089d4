#!/usr/bin/env node
// Scores theme grouping on gold files four ways: unguided / guided (the file's human headings given as
// the program's `themes`, labels only, as ../shared/bench/guided.sh does) × lexicon on / off.
// Run after `npm run build`:
//
//   node scripts/eval-themes.mjs [--json] [GOLD.jsonl ...]
//
// Default files: ../shared/bench/themes-dev/*.jsonl, then /work/heldout/*.jsonl when that folder exists
// (a held-out set kept outside the repo). Scoring shells out to ../shared/bench/score-themes.mjs, which
// lives outside the repo: the script stops with a clear message when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const bench = resolve(root, '..', 'shared', 'bench');
const scorer = join(bench, 'score-themes.mjs');
const HELDOUT = process.env.HELDOUT_DIR ?? '/work/heldout';

const out = (s) => process.stdout.write(`${s}\n`);
const fail = (s) => {
  process.stderr.write(`eval-themes: ${s}\n`);
  process.exit(2);
};
const args = process.argv.slice(2);
const asJson = args.includes('--json');
let files = args.filter((a) => !a.startsWith('--'));

if (!existsSync(scorer)) {
  fail(`the scorer is missing: ${scorer}\n(it lives outside the repo, in ../shared/bench; check out the shared folder beside the project)`);
}
const dist = join(root, 'dist', 'compile', 'compile-round.js');
if (!existsSync(dist)) {
  fail('dist/ is missing; run `npm run build` first');
}
const { compileRound } = require(dist);
const { parseProgram } = require(join(root, 'dist', 'program', 'load-program.js'));
const { renderJson } = require(join(root, 'dist', 'compile', 'render-json.js'));

const jsonlIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(dir, f))
    : [];
if (files.length === 0) files = [...jsonlIn(join(bench, 'themes-dev')), ...jsonlIn(HELDOUT)];
if (files.length === 0) {
  fail(`no gold files (looked in ../shared/bench/themes-dev and ${HELDOUT})`);
}

function programFor(themes) {
  let y = 'program:\n  id: bench\n  title: Bench\n  coordinators: [c1]\nnetworks:\n  - id: n1\n    name: N1\n    platform: local\n    channel: n1\n    leaders: [l1]\nthemes:\n';
  for (const t of themes) y += `  - label: ${JSON.stringify(t)}\n`;
  y += 'rounds:\n  - number: 1\n    title: T\n    meeting: 2026-12-03T13:00\n    questions:\n      - id: q1\n        text: Fråga\n';
  return parseProgram(y, 'bench.yaml', 'sv');
}

for (const g of files) if (!existsSync(g)) fail(`no such gold file: ${g}`);
const work = mkdtempSync(join(tmpdir(), 'eval-themes-'));
const score = (gold, compilation, tag) => {
  const out = join(work, `${tag}.json`);
  writeFileSync(out, renderJson(compilation));
  return JSON.parse(execFileSync(process.execPath, [scorer, gold, out], { encoding: 'utf8' }));
};

const MODES = [
  { key: 'free/on', guided: false, lexicon: true },
  { key: 'guided/on', guided: true, lexicon: true },
  { key: 'free/off', guided: false, lexicon: false },
  { key: 'guided/off', guided: true, lexicon: false },
];
const rows = [];
const started = Date.now();
try {
  for (const gold of files) {
    const lines = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const themes = [...new Set(lines.map((r) => r.theme))];
    // As `lnb compile --input` reads a bench file: the question's text is its id and what was asked.
    const free = lines.map((r) => ({ id: r.id, question: String(r.question ?? 'q1'), text: r.text }));
    const guided = lines.map((r) => ({
      id: r.id,
      question: 'q1',
      text: r.text,
      network: 'n1',
      role: 'annan',
      kind: 'answer',
      consent: true,
    }));
    const program = programFor(themes);
    const set = gold.startsWith(resolve(HELDOUT)) ? 'held-out' : 'dev';
    for (const m of MODES) {
      const c = m.guided
        ? compileRound({ program, round: 1, replies: guided, locale: 'sv', lexicon: m.lexicon })
        : compileRound({ replies: free, locale: 'sv', lexicon: m.lexicon });
      const s = score(gold, c, `${basename(gold, '.jsonl')}-${m.key.replace('/', '-')}`);
      rows.push({ file: basename(gold, '.jsonl'), set, mode: m.key, ...s });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (asJson) {
  out(JSON.stringify(rows));
  process.exit(0);
}
const f = (v) => (v === undefined ? '' : v.toFixed(3).padStart(6));
const pad = (s, n) => String(s).padEnd(n);
out(`${pad('file', 30)}${pad('set', 9)}${pad('mode', 11)}   ari    nmi   hits  k(gold/pred)`);
for (const r of rows) {
  out(`${pad(r.file, 30)}${pad(r.set, 9)}${pad(r.mode, 11)}${f(r.ari)} ${f(r.nmi)} ${f(r.labelHits)}  ${r.goldThemes}/${r.predictedThemes}`);
}
out('\nmeans');
out(`${pad('set', 10)}${pad('mode', 11)}   ari    nmi   hits   worst guided-free ari`);
for (const set of ['dev', 'held-out', 'all']) {
  for (const m of MODES) {
    const of = rows.filter((r) => r.mode === m.key && (set === 'all' || r.set === set));
    if (of.length === 0) continue;
    const mean = (k) => of.reduce((s, r) => s + r[k], 0) / of.length;
    let worst = '';
    if (m.guided) {
      const free = m.key.replace('guided', 'free');
      const gaps = of.map((g) => g.ari - (rows.find((r) => r.file === g.file && r.mode === free)?.ari ?? 0));
      worst = f(Math.min(...gaps));
    }
    out(`${pad(set, 10)}${pad(m.key, 11)}${f(mean('ari'))} ${f(mean('nmi'))} ${f(mean('labelHits'))}   ${worst}`);
  }
}
out(`\n${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`);
