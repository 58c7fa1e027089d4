import { ConfigError, InputError, isLnbError, ProgramError, ProgramNotFoundError, StoreError, StoreUrlError } from '../errors';
import { isLocale, translate } from '../i18n/translate';
import { type CliIo, EXIT } from './cli-io';
import { checkCommand } from './commands/check';
import { compileCommand } from './commands/compile';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { manifestCommand } from './commands/manifest';
import { purgeCommand } from './commands/purge';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  compile: compileCommand,
  manifest: manifestCommand,
  purge: purgeCommand,
};

/** `--lang xx` anywhere on the line picks the language of messages. */
function takeLang(argv: string[], io: CliIo): string[] {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return argv;
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  if (isLocale(value)) io.locale = value;
  return argv.filter((_, k) => k !== i && !(k === i + 1 && !argv[i]?.includes('=')));
}

/** Prints a known error the way a person can act on, and picks the exit code. */
export function reportError(e: unknown, io: CliIo): number {
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

export async function runCli(rawArgv: string[], io: CliIo): Promise<number> {
  const argv = takeLang(rawArgv, io);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${translate(io.locale, 'cli.usage')}\n`);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`${translate(io.locale, 'cli.unknownCommand', { command: name })}\n`);
    return EXIT.badInput;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}
