#!/usr/bin/env node
import { runCli } from './cli/run-cli';
import { systemClock } from './clock';
import { loadDotEnv } from './config/load-dot-env';
import { isLocale } from './i18n/translate';

// The CLI entry: real process I/O and clock, everything else in runCli.
loadDotEnv(process.cwd());
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  now: () => systemClock.now(),
  locale: isLocale(process.env.LNB_LANG) ? process.env.LNB_LANG : 'sv',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
