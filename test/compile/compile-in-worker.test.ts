import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInWorker, workerScript } from '../../src/compile/compile-in-worker';
import { compileRound } from '../../src/compile/compile-round';
import { parseReplyLines } from '../../src/compile/read-replies';
import type { CompileReply } from '../../src/compile/types';
import { CompileTimeoutError, ErrorCode, InputError } from '../../src/errors';
import { exampleProgram } from '../helpers/bot-context';

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
});
