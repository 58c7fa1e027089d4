import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { asCodedError, InputError } from '../../errors';
import { translate } from '../../i18n/translate';
import { importReplies, parseReplyFile } from '../../replies/import-replies';
import { EXIT } from '../../report-error';
import type { CliIo } from '../cli-io';
import { parseCommandArgs } from '../parse-args';
import { withStore } from '../with-store';

/** `lnb import FILE.jsonl`: every line is checked before anything is written. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {}, io);
  const file = positionals[0];
  if (!file) {
    io.stderr(`${translate(io.locale, 'cli.missingFile', { command: 'import' })}\n`);
    return EXIT.badInput;
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new InputError([{ path: file, message: asCodedError(e).message }]);
  }
  const lines = parseReplyFile(text, file, io.locale);
  const count = await withStore(io, (store) => importReplies(lines, store.replies, io.now()));
  io.stdout(`${translate(io.locale, 'cli.imported', { count, file })}\n`);
  return EXIT.ok;
}
