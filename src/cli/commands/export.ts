import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { translate } from '../../i18n/translate';
import { toReplyLine } from '../../replies/reply-line';
import { EXIT } from '../../report-error';
import type { CliIo } from '../cli-io';
import { parseCommandArgs, positiveInt } from '../parse-args';
import { withStore } from '../with-store';

/** `lnb export [--program ID] [--round N] [--network ID] [--out FILE]`: the store's replies as JSONL. */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { program: { type: 'string' }, round: { type: 'string' }, network: { type: 'string' }, out: { type: 'string' } },
    io,
  );
  const round = positiveInt(values.round, '--round', io);
  const replies = await withStore(io, (store) =>
    store.replies.list({ program: values.program, round, network: values.network }),
  );
  const text = replies.map((r) => `${JSON.stringify(toReplyLine(r))}\n`).join('');
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), text, 'utf8');
    io.stderr(`${translate(io.locale, 'cli.exported', { count: replies.length, file: values.out })}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT.ok;
}
