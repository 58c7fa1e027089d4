import { webApi } from '@slack/bolt';

type RetryConfig = NonNullable<webApi.WebClientOptions['retryConfig']>;

interface FailedAttempt {
  code?: string;
  original?: { name?: string; message?: string };
}

const TIMED_OUT = /^(TimeoutError|AbortError)$/;

/** Whether the Web API client gave up waiting: Slack may have done the call all the same. */
export function isTimeout(error: unknown): boolean {
  const e = error as FailedAttempt | undefined;
  if (e?.code !== webApi.ErrorCode.RequestError) return false;
  // The client keeps fetch's DOMException, or (when it is not an Error of this realm) wraps its text in an Error.
  const { name = '', message = '' } = e.original ?? {};
  return TIMED_OUT.test(name) || TIMED_OUT.test(message.split(':')[0] ?? '');
}

/**
 * The Web API client's settings. Every call has a time limit, so a Slack
 * that hangs cannot hold a listener or the schedule for Node's five
 * minutes. Rate limits (Slack did nothing) and server errors are retried
 * as the client does by default, but only for `maxRetryMs` in all, so a
 * scheduled send ends within its lease. A timed-out call is not retried:
 * Slack may have posted the message, and a second `chat.postMessage` would
 * post it twice. The scheduler retries it later, after looking for it by
 * its key (`findPosted`).
 */
export function webClientOptions(opts: { apiUrl?: string; timeoutMs: number; maxRetryMs: number }): webApi.WebClientOptions {
  // p-retry, which runs the client's retries, reads `onFailedAttempt`; the client's type does not list it.
  const retryConfig: RetryConfig & { onFailedAttempt: (error: unknown) => void } = {
    ...webApi.retryPolicies.tenRetriesInAboutThirtyMinutes,
    maxRetryTime: opts.maxRetryMs,
    onFailedAttempt: (error) => {
      if (isTimeout(error)) throw error;
    },
  };
  return { ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}), timeout: opts.timeoutMs, retryConfig };
}
