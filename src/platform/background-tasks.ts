import { asCodedError } from '../errors';
import type { Logger } from '../logger';

/** How many queued tasks (confirmations) run at once; the rest wait their turn. */
export const QUEUED_AT_ONCE = 4;

/**
 * Work that runs after the platform has been answered (a compilation, a
 * confirmation, the rest of a Slack request or a Teams turn). Each platform
 * adapter keeps one, so its `stop()` can wait for that work instead of
 * closing the store under it, and so a failure is logged rather than lost.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  private readonly waiting: { name: string; task: () => Promise<void> }[] = [];
  private queuedRunning = 0;

  constructor(
    private readonly log: Logger,
    private readonly atOnce = QUEUED_AT_ONCE,
  ) {}

  /** Starts `task` now. */
  run(name: string, task: () => Promise<void>): void {
    // Started in a microtask, so a task that throws at once is logged like any other failure.
    const p = Promise.resolve()
      .then(task)
      .catch((e: unknown) => this.log.error({ err: asCodedError(e).message, task: name }, 'background task failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /**
   * Runs `task` when fewer than `atOnce` queued tasks are running, in the
   * order queued. For small work nobody waits on (a confirmation after the
   * form has closed): under a burst of submissions the acknowledgements,
   * which the platform times, get the process first, and the confirmations follow.
   */
  queue(name: string, task: () => Promise<void>): void {
    this.waiting.push({ name, task });
    this.startQueued();
  }

  private startQueued(): void {
    while (this.queuedRunning < this.atOnce) {
      const next = this.waiting.shift();
      if (!next) return;
      this.queuedRunning += 1;
      this.run(next.name, () =>
        next.task().finally(() => {
          this.queuedRunning -= 1;
          this.startQueued();
        }),
      );
    }
  }

  /** Resolves when everything started or queued so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0 || this.waiting.length > 0) await Promise.allSettled([...this.running]);
  }
}
