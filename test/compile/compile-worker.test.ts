import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { compileRound } from '../../src/compile/compile-round';
import { type CompileWorkerData, type CompileWorkerMessage, runCompileWorker } from '../../src/compile/compile-worker';
import { parseReplyLines } from '../../src/compile/read-replies';
import { fromPlainError } from '../../src/compile/worker-error';
import { ErrorCode, InputError } from '../../src/errors';
import { exampleProgram } from '../helpers/bot-context';
import { type FakeOpenAi, startFakeOpenAi } from '../helpers/fake-openai';

const root = join(__dirname, '..', '..');
const { replies } = parseReplyLines(readFileSync(join(root, 'examples', 'replies.sv.jsonl'), 'utf8'), 'sv');
const program = exampleProgram();
const NOW = '2026-12-10T09:00:00.000Z';

/** Runs the worker's body on one end of a channel, as the worker thread does, and collects what it posts. */
async function run(data: CompileWorkerData, whileRunning?: (parent: MessagePort, posted: CompileWorkerMessage[]) => void) {
  const { port1: parent, port2: worker } = new MessageChannel();
  const posted: CompileWorkerMessage[] = [];
  const finished = new Promise<void>((resolve) => {
    parent.on('message', (m: CompileWorkerMessage) => {
      posted.push(m);
      if (m.type !== 'progress') resolve();
    });
  });
  const running = runCompileWorker(worker, data);
  whileRunning?.(parent, posted);
  await running;
  await finished;
  parent.close();
  return posted;
}

describe('runCompileWorker', () => {
  it('posts progress as it goes, then the compilation compileRound makes, and nothing after', async () => {
    const input = { program, round: 1, replies, locale: 'sv' as const, now: NOW };
    const posted = await run({ kind: 'lnb-compile', input, progress: true });
    const last = posted.at(-1);
    expect(last?.type).toBe('done');
    expect(last?.type === 'done' && last.compilation).toEqual(compileRound(input));
    const progress = posted.slice(0, -1);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((m) => m.type === 'progress')).toBe(true);
    expect(progress.at(-1)).toEqual({ type: 'progress', done: replies.length, total: replies.length });
  });

  it('posts no progress when not asked to', async () => {
    const posted = await run({ kind: 'lnb-compile', input: { program, round: 1, replies, locale: 'en', now: NOW }, progress: false });
    expect(posted.map((m) => m.type)).toEqual(['done']);
  });

  it('posts the error as plain data, an InputError for a round the program lacks', async () => {
    const posted = await run({ kind: 'lnb-compile', input: { program, round: 99, replies, locale: 'en' }, progress: true });
    const last = posted.at(-1);
    expect(last?.type).toBe('error');
    if (last?.type !== 'error') throw new Error('no error posted');
    expect(last.error.code).toBe(ErrorCode.InputInvalid);
    expect(fromPlainError(last.error)).toBeInstanceOf(InputError);
  });

  describe('with a language model', () => {
    let fake: FakeOpenAi;
    beforeEach(async () => {
      fake = await startFakeOpenAi();
    });
    afterEach(async () => {
      await fake.close();
    });
    const model = () => ({ url: fake.url, model: 'fake-model', apiKey: 'sk-test', callTimeoutMs: 20_000, totalTimeoutMs: 45_000 });

    it('asks the model after the offline grouping and posts what it wrote', async () => {
      const input = { program, round: 1, replies, locale: 'sv' as const, now: NOW };
      const posted = await run({ kind: 'lnb-compile', input, progress: false, model: model() });
      const last = posted.at(-1);
      if (last?.type !== 'done') throw new Error(`no compilation: ${JSON.stringify(last)}`);
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(last.compilation.model).toMatchObject({ name: 'fake-model', asked: fake.requests.length });
      // The grouping is the offline one whatever the model wrote.
      const offline = compileRound(input);
      const ids = (c: typeof offline) => c.questions.map((q) => q.themes.map((t) => t.replyIds));
      expect(ids(last.compilation)).toEqual(ids(offline));
    });

    it('stops waiting for the model on finish-now and posts the offline text it has', async () => {
      fake.respond = () => 'hang';
      const input = { program, round: 1, replies, locale: 'sv' as const, now: NOW };
      const posted = await run({ kind: 'lnb-compile', input, progress: false, model: model() }, (parent) => {
        void fake.received(1).then(() => parent.postMessage({ type: 'finish-now' }));
      });
      const last = posted.at(-1);
      if (last?.type !== 'done') throw new Error(`no compilation: ${JSON.stringify(last)}`);
      expect(last.compilation.model?.written).toBe(0);
      const offline = compileRound(input);
      expect(last.compilation.questions.map((q) => q.themes.map((t) => t.label))).toEqual(offline.questions.map((q) => q.themes.map((t) => t.label)));
    });
  });
});
