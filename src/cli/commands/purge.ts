import { translate } from '../../i18n/translate';
import { loadProgram } from '../../program/load-program';
import { retentionEnd } from '../../program/retention';
import { purgeReplies } from '../../replies/purge-replies';
import { EXIT } from '../../report-error';
import type { CliIo } from '../cli-io';
import { parseCommandArgs } from '../parse-args';
import { withStore } from '../with-store';

/**
 * `lnb purge PROGRAM.yaml`: deletes the program's replies (answers and
 * minutes, with their history) once its retention has ended, the same as
 * the bot's daily purge, for a coordinator who runs the bot without the
 * scheduler or wants it done now. Before the end it refuses: the program
 * file is where the period is agreed, so an earlier purge means a shorter
 * `retention.months` there, which `lnb check` shows.
 */
export async function purgeCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {}, io);
  const file = positionals[0];
  const t = (key: string, vars?: Record<string, string | number>) => translate(io.locale, key, vars);
  if (!file) {
    io.stderr(`${t('cli.missingFile', { command: 'purge' })}\n`);
    return EXIT.badInput;
  }
  const program = await loadProgram(file, io.locale, io.cwd);
  const end = retentionEnd(program);
  const title = program.program.title;
  if (io.now().getTime() < end.at.getTime()) {
    // The date in full, with its year: the end may be more than a year away.
    const when = end.local.replace('T', ' ');
    io.stderr(`${t('cli.purgeTooEarly', { title, when, months: end.months })}\n`);
    return EXIT.badInput;
  }
  const counts = await withStore(io, (store) => purgeReplies(store.replies, program.program.id));
  io.stdout(`${t('cli.purged', { title, ...counts })}\n`);
  return EXIT.ok;
}
