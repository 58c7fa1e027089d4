import { ConfigError, InputError, isLnbError, ProgramError, ProgramNotFoundError, StoreError, StoreUrlError } from './errors';
import { type Locale, translate } from './i18n/translate';

/** Exit codes every command, and the bot's start, keep to. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Where an entry point (the bot, the CLI) tells a person what went wrong. */
export interface ErrorOutput {
  stderr(text: string): void;
  locale: Locale;
}

/** Prints a known error the way a person can act on, and picks the exit code. */
export function reportError(e: unknown, io: ErrorOutput): number {
  const t = (key: string, vars?: Record<string, string | number>) => translate(io.locale, key, vars);
  if (e instanceof ProgramError) {
    io.stderr(`${t('program.invalidFile', { file: e.file, count: e.problems.length })}\n`);
    for (const p of e.problems) io.stderr(`  ${p.path}: ${p.message}\n`);
    return EXIT.badInput;
  }
  if (e instanceof ProgramNotFoundError) {
    io.stderr(`${t('program.notFound', { file: e.file })}\n`);
    return EXIT.badInput;
  }
  if (e instanceof InputError || e instanceof ConfigError) {
    for (const p of e.problems) io.stderr(`${p.path}: ${p.message}\n`);
    return EXIT.badInput;
  }
  if (e instanceof StoreUrlError) {
    io.stderr(`STORE_URL: ${t('config.error.storeUrl', { value: JSON.stringify(e.url) })}\n`);
    return EXIT.badInput;
  }
  if (e instanceof StoreError) {
    io.stderr(`${t('cli.storeFailed', { detail: e.message })}\n`);
    return EXIT.failure;
  }
  io.stderr(`${isLnbError(e) ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.failure;
}
