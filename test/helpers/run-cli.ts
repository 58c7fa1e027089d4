import { runCli } from '../../src/cli/run-cli';
import type { Locale } from '../../src/i18n/translate';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, a fixed clock and its own env. */
export async function runCliCaptured(
  argv: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; now?: Date; locale?: Locale },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: opts.cwd,
    env: opts.env ?? {},
    now: () => opts.now ?? new Date('2026-11-23T09:00:00.000Z'),
    locale: opts.locale ?? 'sv',
  });
  return { code, stdout, stderr };
}
