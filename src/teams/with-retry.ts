import type { Clock } from '../clock';
import { isTransient, platformFailure, retryAfterMs } from './platform-failure';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first back-off; it doubles each time, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a Bot Connector call again when Teams throttles it. The SDK's own
 * pipeline already retries some answers (429 with Retry-After, 5xx) a few
 * times; this outer loop covers what it does not (412, 429 without a
 * header) and outlasts a longer storm. The wait is exponential with jitter,
 * so 50 channels throttled at once do not come back in lockstep, and never
 * shorter than the Retry-After Teams asked for (a date in it is read against `clock`).
 */
export async function withRetry<T>(fn: () => Promise<T>, clock: Clock, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const failure = platformFailure(e);
      if (attempt >= options.attempts || !isTransient(failure)) throw e;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const jittered = backoff / 2 + random() * (backoff / 2);
      await sleep(Math.max(jittered, Math.min(retryAfterMs(failure.retryAfter, clock.now()) ?? 0, options.maxDelayMs)));
    }
  }
}
