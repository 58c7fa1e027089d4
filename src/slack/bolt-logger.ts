import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger';

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

const text = (parts: unknown[]) =>
  parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');

/**
 * Bolt and the Web API client log through our pino logger, so one LOG_LEVEL
 * governs everything. They log request bodies (which hold reply text) only
 * at debug, which keeps to our rule. The level is pino's: Bolt's setLevel
 * is ignored so a library cannot turn our logging up or down.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  // A line below the level is not even put together (Bolt and the client log several per request at debug).
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...m: unknown[]) => {
    if (child.isLevelEnabled(level)) child[level](text(m));
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => undefined,
    getLevel: () => LEVELS[child.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
