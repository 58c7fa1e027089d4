import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CompileTimeoutError } from '../errors';
import type { CompileWorkerCommand, CompileWorkerData, CompileWorkerMessage } from './compile-worker';
import type { ModelSettings } from './model/model-settings';
import type { Compilation, CompileInput } from './types';
import { fromPlainError } from './worker-error';

const WORKER_FILE = 'compile-worker.js';

export interface CompileInWorkerOptions {
  /** Longest the compilation may take: then the worker is stopped and CompileTimeoutError thrown. */
  timeoutMs?: number;
  /** Progress as the worker reports it (the input's own `onProgress` is used when this is absent). */
  onProgress?: (done: number, total: number) => void;
  /**
   * A language model to write headings and syntheses, in the worker. Its
   * calls stop in time for the compilation to arrive within `timeoutMs`:
   * the worker is told to finish with what it has `modelMargin` before.
   */
  model?: ModelSettings;
}

/** What is left, of the time limit, for the worker to finish after the model is told to stop. */
export const modelMargin = (timeoutMs: number) => Math.min(5000, Math.floor(timeoutMs / 5));

/**
 * The worker's script for a module at `moduleFile`: beside it when built
 * (`dist/compile/*.js`); for the TypeScript source (ts-jest runs
 * `src/compile/*.ts`) the built one in `dist/`, since a worker thread cannot
 * load TypeScript. Tests run after `npm run build`.
 */
export function workerScript(moduleFile: string = __filename): string {
  const dir = dirname(moduleFile);
  if (moduleFile.endsWith('.js')) return join(dir, WORKER_FILE);
  const parts = dir.split(sep);
  const src = parts.lastIndexOf('src');
  if (src < 0) throw new Error(`compile worker: ${moduleFile} is neither built (.js) nor under src/`);
  parts[src] = 'dist';
  return join(parts.join(sep) || sep, WORKER_FILE);
}

/**
 * `compileRound` in a worker thread, so the bot's event loop keeps answering
 * (health checks, buttons, other people) while a big round compiles. The
 * input crosses as plain data; progress comes back as messages. An error
 * thrown while compiling comes back as the same coded error (InputError);
 * past `timeoutMs` the worker is terminated and CompileTimeoutError thrown.
 * The promise settles only once the worker has stopped, so nothing is left
 * running.
 */
export function compileInWorker(input: CompileInput, options: CompileInWorkerOptions = {}): Promise<Compilation> {
  const { onProgress: inputProgress, ...plain } = input;
  const onProgress = options.onProgress ?? inputProgress;
  const script = workerScript();
  if (!existsSync(script)) {
    return Promise.reject(new Error(`compile worker: ${script} is missing; run \`npm run build\``));
  }
  const data: CompileWorkerData = {
    kind: 'lnb-compile',
    input: plain,
    progress: onProgress !== undefined,
    ...(options.model ? { model: options.model } : {}),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data });
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let wrapUp: NodeJS.Timeout | undefined;
    const finish = (outcome: { compilation: Compilation } | { error: unknown }) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (wrapUp) clearTimeout(wrapUp);
      const settle = () => ('compilation' in outcome ? resolve(outcome.compilation) : reject(outcome.error));
      worker.terminate().then(settle, settle);
    };
    const { timeoutMs } = options;
    if (timeoutMs !== undefined) timer = setTimeout(() => finish({ error: new CompileTimeoutError(timeoutMs) }), timeoutMs);
    if (timeoutMs !== undefined && options.model) {
      const stop: CompileWorkerCommand = { type: 'finish-now' };
      wrapUp = setTimeout(() => worker.postMessage(stop), timeoutMs - modelMargin(timeoutMs));
    }
    worker.on('message', (m: CompileWorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish({ compilation: m.compilation });
      else finish({ error: fromPlainError(m.error) });
    });
    worker.on('error', (e) => finish({ error: e }));
    worker.on('exit', (code) => finish({ error: new Error(`compile worker stopped (exit code ${code}) before it finished`) }));
  });
}
