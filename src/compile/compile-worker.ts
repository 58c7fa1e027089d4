/**
 * The worker thread behind `compileInWorker`: compiles the input it was
 * started with, posts progress as it goes, then the compilation or the
 * error, and ends. Loaded by path from `dist/` (see `workerScript`); imported
 * anywhere else it does nothing.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { compileRound } from './compile-round';
import type { Compilation, CompileInput } from './types';
import { type PlainError, toPlainError } from './worker-error';

/** What the worker is started with: the input as plain data (no callback). */
export interface CompileWorkerData {
  /** Marks the data as ours, so the module stays inert in anyone else's worker thread. */
  kind: 'lnb-compile';
  input: Omit<CompileInput, 'onProgress'>;
  /** Whether to post progress messages. */
  progress: boolean;
}

export type CompileWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; compilation: Compilation }
  | { type: 'error'; error: PlainError };

export function runCompileWorker(port: MessagePort, data: CompileWorkerData): void {
  const post = (m: CompileWorkerMessage) => port.postMessage(m);
  try {
    const onProgress = data.progress ? (done: number, total: number) => post({ type: 'progress', done, total }) : undefined;
    post({ type: 'done', compilation: compileRound({ ...data.input, ...(onProgress ? { onProgress } : {}) }) });
  } catch (e) {
    post({ type: 'error', error: toPlainError(e) });
  }
}

const data = workerData as CompileWorkerData | undefined;
if (parentPort && data?.kind === 'lnb-compile') runCompileWorker(parentPort, data);
