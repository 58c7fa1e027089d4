import { isLocale, translate } from '../i18n/translate';
import { EXIT, reportError } from '../report-error';
import type { CliIo } from './cli-io';
import { checkCommand } from './commands/check';
import { compileCommand } from './commands/compile';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { manifestCommand } from './commands/manifest';
import { purgeCommand } from './commands/purge';
import { workbenchCommand } from './commands/workbench';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  compile: compileCommand,
  manifest: manifestCommand,
  purge: purgeCommand,
  workbench: workbenchCommand,
};

/** `--lang xx` anywhere on the line picks the language of messages. */
function takeLang(argv: string[], io: CliIo): string[] {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return argv;
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  if (isLocale(value)) {
    io.locale = value;
    io.lang = value;
  }
  return argv.filter((_, k) => k !== i && !(k === i + 1 && !argv[i]?.includes('=')));
}

export async function runCli(rawArgv: string[], io: CliIo): Promise<number> {
  const argv = takeLang(rawArgv, io);
  const [name, ...rest] = argv;
  // "lnb compile --help" asks for help too, not for an unknown option.
  const asksHelp = (a: string) => a === 'help' || a === '--help' || a === '-h';
  if (!name || asksHelp(name) || rest.some((a) => a === '--help' || a === '-h')) {
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
