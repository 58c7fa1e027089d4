/**
 * The worker thread behind `compileInWorker`: compiles the input it was
 * started with, posts progress as it goes, then the compilation or the
 * error, and ends. Loaded by path from `dist/` (see `workerScript`); imported
 * anywhere else it does nothing.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { compileRound } from './compile-round';
import type { ModelSettings } from './model/model-settings';
import { refineWithModel } from './model/refine-with-model';
import type { Compilation, CompileInput } from './types';
import { type PlainError, toPlainError } from './worker-error';

/** What the worker is started with: the input as plain data (no callback). */
export interface CompileWorkerData {
  /** Marks the data as ours, so the module stays inert in anyone else's worker thread. */
  kind: 'lnb-compile';
  input: Omit<CompileInput, 'onProgress'>;
  /** Whether to post progress messages. */
  progress: boolean;
  /** The language model to ask for headings and syntheses after the offline grouping; none: nothing is sent. */
  model?: ModelSettings;
}

/** From the parent: stop asking the model and post what there is (the compilation's time limit is near). */
export type CompileWorkerCommand = { type: 'finish-now' };

export type CompileWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; compilation: Compilation }
  | { type: 'error'; error: PlainError };

export async function runCompileWorker(port: MessagePort, data: CompileWorkerData): Promise<void> {
  const post = (m: CompileWorkerMessage) => port.postMessage(m);
  const finishNow = new AbortController();
  const onCommand = (m: CompileWorkerCommand) => {
    if (m.type === 'finish-now') finishNow.abort();
  };
  port.on('message', onCommand);
  try {
    const onProgress = data.progress ? (done: number, total: number) => post({ type: 'progress', done, total }) : undefined;
    const offline = compileRound({ ...data.input, ...(onProgress ? { onProgress } : {}) });
    const { replies, program, network } = data.input;
    const compilation = data.model
      ? await refineWithModel(offline, { replies, program, network }, data.model, { signal: finishNow.signal })
      : offline;
    post({ type: 'done', compilation });
  } catch (e) {
    post({ type: 'error', error: toPlainError(e) });
  } finally {
    port.off('message', onCommand);
  }
}

const data = workerData as CompileWorkerData | undefined;
if (parentPort && data?.kind === 'lnb-compile') void runCompileWorker(parentPort, data);
