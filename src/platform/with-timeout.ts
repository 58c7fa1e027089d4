/** A platform call the bot stopped waiting for. It may still have happened: callers must not simply repeat it. */
export class PlatformTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'PlatformTimeout';
  }
}

/**
 * Resolves as `work` does, or rejects with PlatformTimeout after `ms`.
 * The work itself goes on (an HTTP call cannot always be called back);
 * only the waiting stops, so one hung platform cannot hold the schedule.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlatformTimeout(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
