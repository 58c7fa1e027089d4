import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInWorker, workerScript } from '../../src/compile/compile-in-worker';
import { compileRound } from '../../src/compile/compile-round';
import { parseReplyLines } from '../../src/compile/read-replies';
import type { CompileReply } from '../../src/compile/types';
import { CompileTimeoutError, ErrorCode, InputError } from '../../src/errors';
import { exampleProgram } from '../helpers/bot-context';
import { startFakeOpenAi } from '../helpers/fake-openai';

// The worker runs the built dist/compile/compile-worker.js: tests run after `npm run build`.
const root = join(__dirname, '..', '..');
const { replies } = parseReplyLines(readFileSync(join(root, 'examples', 'replies.sv.jsonl'), 'utf8'), 'sv');
const program = exampleProgram();

/** The example replies `times` over, each copy with ids of its own: a big round. */
const many = (times: number): CompileReply[] =>
  Array.from({ length: times }, (_, k) => replies.map((r) => ({ ...r, id: `${r.id}-${k}` }))).flat();

describe('workerScript', () => {
  it('is the built worker beside a built module, and the one in dist/ for the TypeScript source', () => {
    const app = join('/', 'app');
    expect(workerScript(join(app, 'dist', 'compile', 'compile-in-worker.js'))).toBe(join(app, 'dist', 'compile', 'compile-worker.js'));
    expect(workerScript(join(app, 'src', 'compile', 'compile-in-worker.ts'))).toBe(join(app, 'dist', 'compile', 'compile-worker.js'));
    expect(() => workerScript(join(app, 'lib', 'compile-in-worker.ts'))).toThrow(/src/);
    expect(existsSync(workerScript())).toBe(true);
  });
});

describe('compileInWorker', () => {
  it('gives the same compilation as compileRound in this thread, and the same progress', async () => {
    const here: [number, number][] = [];
    const there: [number, number][] = [];
    const expected = compileRound({ program, round: 1, replies, locale: 'sv', onProgress: (d, t) => here.push([d, t]) });
    const got = await compileInWorker({ program, round: 1, replies, locale: 'sv', onProgress: (d, t) => there.push([d, t]) });
    expect(got).toEqual(expected);
    expect(got.questions.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
    expect(there.at(-1)).toEqual([replies.length, replies.length]);
  });

  it('brings an error back as the same coded error', async () => {
    const input = { program, round: 9, replies, locale: 'sv' as const };
    const inProcess = (() => {
      try {
        compileRound(input);
      } catch (e) {
        return e;
      }
    })();
    const error = await compileInWorker(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: ErrorCode.InputInvalid, problems: [{ path: 'round' }] });
    expect((error as InputError).problems).toEqual((inProcess as InputError).problems);
  });

  it('stops the worker at the time limit and says so with its own code', async () => {
    const error = await compileInWorker({ replies: many(100), locale: 'sv' }, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompileTimeoutError);
    expect(error).toMatchObject({ code: ErrorCode.CompileTimeout, timeoutMs: 1 });
    // The promise settles once the worker has stopped: jest --detectOpenHandles finds nothing left.
  });

  it('leaves the event loop free while a big round compiles', async () => {
    // Ticks of a zero-delay interval while the compile runs: a compile on this
    // thread would let none through before it ended.
    let ticks = 0;
    const interval = setInterval(() => {
      ticks += 1;
    }, 0);
    const input = many(100);
    try {
      const compilation = await compileInWorker({ replies: input, locale: 'sv' });
      expect(compilation.questions.reduce((sum, q) => sum + q.replyCount, 0)).toBe(input.length);
    } finally {
      clearInterval(interval);
    }
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  it('asks the language model from the worker thread and brings its text back with the compilation', async () => {
    const fake = await startFakeOpenAi();
    try {
      const model = { url: fake.url, model: 'fake-model', callTimeoutMs: 10_000, totalTimeoutMs: 20_000 };
      const c = await compileInWorker({ program, round: 1, replies, locale: 'sv' }, { model, timeoutMs: 60_000 });
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(c.model).toMatchObject({ name: 'fake-model', written: fake.requests.length, fallbacks: [] });
    } finally {
      await fake.close();
    }
  });

  it('tells the worker to finish before its time limit: a model that never answers leaves the offline text, not a timeout', async () => {
    const fake = await startFakeOpenAi();
    fake.respond = () => 'hang';
    try {
      // Neither of the model's own limits ends it: only the compilation's (its last fifth is kept for finishing).
      const model = { url: fake.url, model: 'fake-model', callTimeoutMs: 600_000, totalTimeoutMs: 600_000 };
      const c = await compileInWorker({ program, round: 1, replies, locale: 'sv' }, { model, timeoutMs: 10_000 });
      expect(c.model?.written).toBe(0);
      expect(new Set(c.model?.fallbacks.map((f) => f.reason))).toEqual(new Set(['stopped']));
      const { model: _m, ...offline } = c;
      expect(offline).toEqual(compileRound({ program, round: 1, replies, locale: 'sv' }));
    } finally {
      await fake.close();
    }
  });
});
