/** Settles after `ms`, or rejects as soon as `signal` aborts. */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Keeps calls to the model within bounds: at most `limit` at a time, and
 * after the server said 429 none at all until its Retry-After has passed
 * (every caller waits for the same pause, not only the one that was told).
 */
export class RateGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private pause: Promise<void> = Promise.resolve();

  constructor(private readonly limit: number) {}

  /** Runs `call` when a place is free and no pause is on; rejects when `signal` aborts first. */
  async run<T>(call: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.enter(signal);
    try {
      await this.pause;
      signal.throwIfAborted();
      return await call();
    } finally {
      this.leave();
    }
  }

  /** Holds every call back for `ms` (the server's Retry-After). */
  pauseFor(ms: number, signal: AbortSignal): Promise<void> {
    const pause = waitFor(ms, signal);
    this.pause = pause.catch(() => undefined);
    return pause;
  }

  private enter(signal: AbortSignal): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', onAbort);
        this.active += 1;
        resolve();
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal.reason);
      };
      this.waiting.push(go);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private leave(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
