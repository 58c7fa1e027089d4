import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRound } from '../../../src/compile/compile-round';
import { parseReplyLines } from '../../../src/compile/read-replies';
import { renderJson } from '../../../src/compile/render-json';
import { type FakeOpenAi, startFakeOpenAi } from '../../helpers/fake-openai';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

// With a model the CLI compiles in the worker thread: tests run after `npm run build`.
const root = join(__dirname, '..', '..', '..');
const examples = readFileSync(join(root, 'examples', 'replies.sv.jsonl'), 'utf8');
const NOW = new Date('2026-11-23T09:00:00.000Z');

describe('lnb compile --model', () => {
  const dir = tempDir('lnb-compile-model-');
  let fake: FakeOpenAi;
  const llm = () => ({ LLM_URL: fake.url, LLM_MODEL: 'fake-model', LLM_API_KEY: 'sk-test' });
  const compile = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    runCliCaptured(['compile', '--input', 'replies.jsonl', ...args], { cwd: dir.path, env, now: NOW });

  beforeAll(() => writeFileSync(join(dir.path, 'replies.jsonl'), examples));
  afterAll(() => dir.remove());
  beforeEach(async () => {
    fake = await startFakeOpenAi();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('with LLM_URL unset changes nothing and sends nothing, even with the openai package\'s own variables pointing at a server', async () => {
    const saved = { base: process.env.OPENAI_BASE_URL, key: process.env.OPENAI_API_KEY };
    process.env.OPENAI_BASE_URL = fake.url;
    process.env.OPENAI_API_KEY = 'sk-env';
    try {
      const env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-env' };
      const plain = await compile(['--format', 'json'], env);
      const off = await compile(['--format', 'json', '--model', 'off'], { ...env, ...llm() });
      expect([plain.code, off.code]).toEqual([0, 0]);
      const { replies } = parseReplyLines(examples, 'sv');
      const expected = renderJson(compileRound({ replies, locale: 'sv', lexicon: true, now: NOW.toISOString() }));
      expect(plain.stdout).toBe(expected);
      expect(off.stdout).toBe(expected);
      expect(fake.requests).toHaveLength(0);
    } finally {
      if (saved.base === undefined) delete process.env.OPENAI_BASE_URL;
      else process.env.OPENAI_BASE_URL = saved.base;
      if (saved.key === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved.key;
    }
  });

  it('with LLM_URL set asks the model from the worker and marks what it wrote', async () => {
    const r = await compile(['--format', 'md'], llm());
    expect(r.code).toBe(0);
    // One request per theme of a text question, "Övrigt" excepted: every one of them written.
    const { replies } = parseReplyLines(examples, 'sv');
    const offline = compileRound({ replies, locale: 'sv', lexicon: true, now: NOW.toISOString() });
    const themes = offline.questions.flatMap((q) => q.themes).filter((t) => !t.other).length;
    expect(themes).toBeGreaterThan(4);
    expect(fake.requests).toHaveLength(themes);
    expect(r.stdout).toContain(`> Språkmodellen fake-model har skrivit rubrik och sammanfattning under ${themes} av ${themes} teman`);
    expect(r.stdout).toContain('*Skrivet av språkmodellen: rubrik och sammanfattning');
    expect(r.stdout).toContain('### Samtal om ');
    expect(r.stderr).toContain(`Språkmodellen fake-model skrev ${themes} av ${themes} teman.`);
  });

  it('refuses --model on without a model, a half-configured one, and a value that is not on or off', async () => {
    const none = await compile(['--model', 'on']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--model on behöver en språkmodell: sätt LLM_URL och LLM_MODEL');
    const half = await compile([], { LLM_URL: fake.url });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('LLM_MODEL: krävs när LLM_URL är satt');
    const bad = await compile(['--model', 'maybe'], llm());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Okänt värde maybe för --model');
    expect(fake.requests).toHaveLength(0);
  });

  it('sends nothing for a program with languageModel: false, and refuses --model on for it', async () => {
    const yaml = readFileSync(join(root, 'examples', 'program.sv.yaml'), 'utf8').replace('program:\n', 'program:\n  languageModel: false\n');
    writeFileSync(join(dir.path, 'program.yaml'), yaml);
    const env = { ...llm(), STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}` };
    const run = (args: string[]) =>
      runCliCaptured(['compile', '--program', 'program.yaml', '--round', '1', ...args], { cwd: dir.path, env, now: NOW });
    const quiet = await run([]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('språkmodell');
    const on = await run(['--model', 'on']);
    expect(on.code).toBe(2);
    expect(on.stderr).toContain('Programmet anhorigstod-2027 har languageModel: false');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('lnb compile --input with --program', () => {
  const dir = tempDir('lnb-compile-both-');
  const run = (args: string[]) => runCliCaptured(['compile', ...args], { cwd: dir.path, env: {}, now: NOW });

  beforeAll(() => {
    writeFileSync(join(dir.path, 'replies.jsonl'), examples);
    writeFileSync(join(dir.path, 'program.yaml'), readFileSync(join(root, 'examples', 'program.sv.yaml'), 'utf8'));
  });
  afterAll(() => dir.remove());

  it("compiles the file's replies under the program's own questions, networks and themes, not their ids", async () => {
    const alone = await run(['--input', 'replies.jsonl']);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('## Fråga 1: syfte');
    const both = await run(['--input', 'replies.jsonl', '--program', 'program.yaml']);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('## Träff 1: Vad är ett individualiserat anhörigstöd?');
    expect(both.stdout).toContain('## Fråga 1: Vad vill ni uppnå med ett individualiserat anhörigstöd i er kommun?');
    expect(both.stdout).not.toContain('Fråga 1: syfte');
    expect(both.stdout).toContain('### Eskilstuna:');
  });

  it('leaves out lines of other rounds, and says so when none of the round is left', async () => {
    const other = examples
      .split('\n')
      .filter(Boolean)
      .map((l, i) => (i === 0 ? JSON.stringify({ ...JSON.parse(l), id: 'r2-only', round: 2, text: 'Ett svar från träff två om kvällsöppet.' }) : l))
      .join('\n');
    writeFileSync(join(dir.path, 'mixed.jsonl'), other);
    const first = await run(['--input', 'mixed.jsonl', '--program', 'program.yaml', '--round', '1', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain('kvällsöppet');
    const none = await run(['--input', 'replies.jsonl', '--program', 'program.yaml', '--round', '3']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Filen replies.jsonl innehåller inga svar från träff 3');
  });

  it('asks for a file or a program when given neither', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ange --input SVAR.jsonl, --program PROGRAM.yaml eller båda');
  });
});
