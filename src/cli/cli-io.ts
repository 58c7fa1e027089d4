import type { Locale } from '../i18n/translate';

/** What a CLI command may touch: injected so tests run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now(): Date;
  locale: Locale;
  /** The language `--lang` asked for, when the line gave one (`locale` is then the same). */
  lang?: Locale;
}
