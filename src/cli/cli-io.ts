import type { Locale } from '../i18n/translate';

/** What a CLI command may touch: injected so tests run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now(): Date;
  locale: Locale;
}

/** Exit codes every command keeps to. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
