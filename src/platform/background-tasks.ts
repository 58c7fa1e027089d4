import { asCodedError } from '../errors';
import type { Logger } from '../logger';

/** How many queued tasks (confirmations) run at once; the rest wait their turn. */
export const QUEUED_AT_ONCE = 4;

/**
 * How long a queued task waits at most for the answers being prepared (see
 * `hold`): under a load that never lets up, the queue still moves, each task
 * this much behind.
 */
export const QUEUED_MAX_WAIT_MS = 3_000;

interface Queued {
  name: string;
  task: () => Promise<void>;
  /** Whether it has waited `maxWaitMs` (it then starts even while answers are being prepared). */
  due: boolean;
  timer?: NodeJS.Timeout;
}

/**
 * Work that runs after the platform has been answered (a compilation, a
 * confirmation, the rest of a Slack request or a Teams turn). Each platform
 * adapter keeps one, so its `stop()` can wait for that work instead of
 * closing the store under it, and so a failure is logged rather than lost.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  private readonly waiting: Queued[] = [];
  private queuedRunning = 0;
  /** Answers being prepared (see `hold`); queued tasks wait for none to be left, or until they are due. */
  private holds = 0;
  /** Drains under way: the queue waits for no answer meanwhile. */
  private draining = 0;

  constructor(
    private readonly log: Logger,
    private readonly atOnce = QUEUED_AT_ONCE,
    private readonly maxWaitMs = QUEUED_MAX_WAIT_MS,
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
   * order queued, and no answer is being prepared (see `hold`). For small
   * work nobody waits on (a confirmation after the form has closed): under a
   * burst of submissions the acknowledgements, which the platform times, get
   * the process first, and the confirmations follow once they are given, or
   * once each has waited `maxWaitMs`.
   */
  queue(name: string, task: () => Promise<void>): void {
    const queued: Queued = { name, task, due: false };
    // Cleared when it starts; unref'd, so it keeps no process alive (stop drains the queue).
    queued.timer = setTimeout(() => {
      queued.due = true;
      this.startQueued();
    }, this.maxWaitMs).unref();
    this.waiting.push(queued);
    this.startQueued();
  }

  /**
   * An answer the platform is waiting for is being prepared (a Slack request
   * not yet answered): queued tasks wait until it is given. Returns the
   * release, to call once it is (calling it again does nothing).
   */
  hold(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.startQueued();
    };
  }

  private startQueued(): void {
    // In the order queued: the head is always the first to fall due.
    while (this.queuedRunning < this.atOnce) {
      const head = this.waiting[0];
      if (!head || (this.holds > 0 && !head.due && this.draining === 0)) return;
      const next = this.waiting.shift() as Queued;
      clearTimeout(next.timer);
      this.queuedRunning += 1;
      this.run(next.name, () =>
        next.task().finally(() => {
          this.queuedRunning -= 1;
          this.startQueued();
        }),
      );
    }
  }

  /** Resolves when everything started or queued so far has finished (the queue no longer waits for answers). */
  async drain(): Promise<void> {
    this.draining += 1;
    try {
      this.startQueued();
      while (this.running.size > 0 || this.waiting.length > 0) await Promise.allSettled([...this.running]);
    } finally {
      this.draining -= 1;
    }
  }
}
