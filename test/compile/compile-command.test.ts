import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io';
import { compileCommand } from '../../src/cli/commands/compile';
import { reportError } from '../../src/report-error';
import { tempDir } from '../helpers/temp-dir';
import { topicReplies } from './fixtures';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    now: () => new Date('2025-01-01T00:00:00Z'),
    locale: 'sv',
  };
  return { cli, out, err };
}

/** Runs the command as the dispatcher does: errors become messages and exit codes. */
async function run(argv: string[], cwd: string) {
  const x = io(cwd);
  let code: number;
  try {
    code = await compileCommand(argv, x.cli);
  } catch (e) {
    code = reportError(e, x.cli);
  }
  return { code, stdout: x.out.join(''), stderr: x.err.join('') };
}

describe('lnb compile', () => {
  const dir = tempDir('lnb-compile-');
  afterAll(() => dir.remove());
  const bench = join(dir.path, 'bench.jsonl');
  // The benchmark's shape: only id, question, text (and a theme to ignore).
  writeFileSync(
    bench,
    topicReplies()
      .map((r) => JSON.stringify({ id: r.id, question: r.question, text: r.text, theme: r.topic }))
      .join('\n'),
  );

  it('turns the concept lexicon off with --lexicon off: no heading is a lexicon concept', async () => {
    const sv = JSON.parse(readFileSync(join(__dirname, '../../locales/sv.json'), 'utf8'));
    // The concepts' own two-part headings ("Växelvård och korttidsplats"): a phrase heading is never joined by "och".
    const conceptLabels = new Set(
      Object.values(sv.compile.concept as Record<string, string>).filter((l) => l.includes(' och ')),
    );
    const on = await run(['--input', 'bench.jsonl', '--format', 'json', '--out', 'on.json'], dir.path);
    const off = await run(['--input', 'bench.jsonl', '--format', 'json', '--lexicon', 'off', '--out', 'off.json'], dir.path);
    expect([on.code, off.code]).toEqual([0, 0]);
    const labels = (f: string) =>
      JSON.parse(readFileSync(join(dir.path, f), 'utf8')).questions[0].themes.map((t: { label: string }) => t.label);
    expect(labels('on.json').some((l: string) => conceptLabels.has(l))).toBe(true);
    expect(labels('off.json').some((l: string) => conceptLabels.has(l))).toBe(false);
    const bad = await run(['--input', 'bench.jsonl', '--lexicon', 'maybe'], dir.path);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lexicon');
  });

  it('compiles a replies file to the JSON contract, each reply in one theme', async () => {
    const r = await run(['--input', 'bench.jsonl', '--format', 'json', '--out', 'out.json'], dir.path);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir.path, 'out.json'), 'utf8'));
    const ids = json.questions[0].themes.flatMap((t: { replyIds: string[] }) => t.replyIds);
    expect(ids.sort()).toEqual(topicReplies().map((x) => x.id).sort());
    const theme = json.questions[0].themes[0];
    for (const key of ['id', 'label', 'keywords', 'replyIds', 'summary', 'quotes', 'networks', 'roles']) {
      expect(theme).toHaveProperty(key);
    }
    expect(json.questions[0]).toHaveProperty('options');
    expect(json).toHaveProperty('participation');
  });

  it('prints Markdown by default, in English with --lang en', async () => {
    const r = await run(['--input', 'bench.jsonl', '--lang', 'en'], dir.path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Compilation of replies — Draft');
    expect(r.stdout).toContain('## Reflection');
  });

  it('rejects a bad line with its line number and exit code 2', async () => {
    writeFileSync(join(dir.path, 'bad.jsonl'), '{"id":"a","question":"q1","text":"ok"}\n{nope\n');
    const r = await run(['--input', 'bad.jsonl'], dir.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rad 2');
  });

  it('rejects an empty file with exit code 2', async () => {
    writeFileSync(join(dir.path, 'empty.jsonl'), '\n');
    const r = await run(['--input', 'empty.jsonl'], dir.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inga svar');
  });

  it('rejects an unknown round with exit code 2', async () => {
    const r = await run(['--program', join(process.cwd(), 'examples/program.sv.yaml'), '--round', '99'], dir.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Träff 99 finns inte');
  });

  it('refuses a file of another program\'s replies against a program file, naming both (exit code 2)', async () => {
    const examples = join(process.cwd(), 'examples');
    const r = await run(['--input', join(examples, 'replies.sv.jsonl'), '--program', join(examples, 'program.en.yaml')], dir.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('anhorigstod-2027');
    expect(r.stderr).toContain('carer-support-2027');
    expect(r.stdout).toBe('');
  });

  it('writes the draft in the program\'s language, whatever the terminal\'s, unless --lang says otherwise', async () => {
    const examples = join(process.cwd(), 'examples');
    const args = ['--input', join(examples, 'replies.sv.jsonl'), '--program', join(examples, 'program.sv.yaml')];
    const x = io(dir.path);
    const english = { ...x.cli, locale: 'en' as const };
    expect(await compileCommand(args, english)).toBe(0);
    expect(x.out.join('')).toMatch(/^# Sammanställning: /);
    const y = io(dir.path);
    expect(await compileCommand([...args, '--lang', 'en'], y.cli)).toBe(0);
    expect(y.out.join('')).toMatch(/^# Compilation: /);
  });

  it('needs --out for docx, and writes it when given', async () => {
    expect((await run(['--input', 'bench.jsonl', '--format', 'docx'], dir.path)).code).toBe(2);
    const r = await run(['--input', 'bench.jsonl', '--format', 'docx', '--out', 'x.docx'], dir.path);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir.path, 'x.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows a progress bar on stderr above 1,000 replies', async () => {
    const texts = topicReplies().map((x) => x.text);
    const many = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify({ id: `m${i}`, question: `q${i % 2}`, text: `${texts[i % texts.length]} (${i % 7})` }),
    );
    writeFileSync(join(dir.path, 'many.jsonl'), many.join('\n'));
    const r = await run(['--input', 'many.jsonl', '--format', 'json', '--out', 'many.json'], dir.path);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Sammanställer \[#+\.*\]\s+100 %/);
  });
});
