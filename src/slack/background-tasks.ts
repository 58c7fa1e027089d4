import type { Logger } from '../logger';

/**
 * Work that runs after Slack has been answered (a compilation, a
 * confirmation). Tracked so `stop()` can wait for it instead of closing
 * the store under it, and so a failure is logged rather than lost.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const p = task()
      .catch((e: unknown) => this.log.error({ err: e instanceof Error ? e.message : String(e), task: name }, 'background task failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Resolves when everything started so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
