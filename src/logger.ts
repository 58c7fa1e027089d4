import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

export type { Logger };

/** What identifies the request being handled (a Slack request's id, a Teams activity's). */
const request = new AsyncLocalStorage<Readonly<Record<string, string>>>();

/**
 * Runs `fn` as the handling of one request: every line logged meanwhile, by
 * any logger or child of createLogger and by work the request started
 * (awaited or not), carries `bindings` (e.g. `{ req: activity.id }`), as a
 * child logger per request would, without passing one through every call.
 */
export function inRequest<T>(bindings: Readonly<Record<string, string>>, fn: () => T): T {
  return request.run(bindings, fn);
}

/**
 * The one logger, passed to whatever needs it. Reply text is sensitive: log it
 * only at debug (`log.debug({ text }, …)`), never above. Secrets are redacted
 * should a config object ever be logged whole.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'learning-network-bot' },
      mixin: () => request.getStore() ?? {},
      redact: {
        paths: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'MicrosoftAppPassword', 'LLM_API_KEY'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
