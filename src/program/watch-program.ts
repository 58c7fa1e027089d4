import { type FSWatcher, watch } from 'node:fs';
import { dirname } from 'node:path';

export interface ProgramWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs: an editor's save is several events. */
  debounceMs?: number;
  /** The watcher itself failed; the caller's periodic check still covers the file. */
  onError?: (e: Error) => void;
}

/**
 * Calls `onChange` (debounced) when something happens in the folder of
 * `file`. The folder is watched, not the file: editors save by writing a new
 * file and renaming it over the old one, which a watch on the file itself
 * loses. Every event in the folder counts, since a mounted config file is
 * often swapped through a renamed symlink (Kubernetes' `..data`) whose name
 * is not the file's; the caller compares the file's stat and hash and so
 * ignores what did not change it. Watchers are unreliable on some file
 * systems (network mounts, some containers), so the caller also checks on a
 * timer; a watcher that cannot start is reported and left out.
 */
export function watchProgramFile(file: string, onChange: () => void, opts: WatchOptions = {}): ProgramWatcher {
  const debounceMs = opts.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const fire = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), { persistent: false }, fire);
    watcher.on('error', (e) => opts.onError?.(e));
  } catch (e) {
    opts.onError?.(e instanceof Error ? e : new Error(String(e)));
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
