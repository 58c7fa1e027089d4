import pino, { type Logger } from 'pino';

export type { Logger };

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
      redact: {
        paths: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'MicrosoftAppPassword', 'LLM_API_KEY'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
