import { minutesId } from '../core/reply-id';
import type { Problem } from '../errors';
import { asCodedError, InputError, StoreError } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import type { ReplyRepository } from '../store/reply-repository';
import { readJsonLines } from './read-reply-lines';
import type { Reply } from './reply';
import { type ReplyLine, replyLineSchema } from './reply-line';

/** The id a line is stored under: its own, or for group minutes the network's one record for the question. */
const storedId = (line: ReplyLine): string => (line.kind === 'minutes' ? minutesId(line.program, line.round, line.network, line.question) : line.id);

/** Validates a whole JSONL file of replies; throws InputError listing every bad line. */
export function parseReplyFile(text: string, file: string, locale: Locale): ReplyLine[] {
  const { items, problems } = readJsonLines(text, replyLineSchema, locale);
  const firstLine = new Map<string, number>();
  for (const { line, value } of items) {
    // Minutes are one record per network, round and question: two such lines would overwrite each other.
    const key = storedId(value);
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problems.push({
        path: translate(locale, 'program.line', { line }),
        message:
          value.kind === 'minutes'
            ? translate(locale, 'validation.duplicateMinutes', { network: value.network, question: value.question, line: seen })
            : translate(locale, 'validation.duplicateReplyId', { value: JSON.stringify(value.id), line: seen }),
      });
    } else firstLine.set(key, line);
  }
  if (problems.length > 0) {
    const head: Problem = { path: file, message: translate(locale, 'cli.importInvalid', { file, count: problems.length }) };
    throw new InputError([head, ...problems.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }))]);
  }
  if (items.length === 0) throw new InputError([{ path: file, message: translate(locale, 'cli.importEmpty', { file }) }]);
  return items.map((i) => i.value);
}

/**
 * Puts back what an import wrote: first the replies it added are deleted
 * (a full store refuses writes but not deletions, and each frees room), then
 * those it overwrote get their old version. What fails is tried again while
 * a pass puts anything back. Returns the ids it could not put back.
 */
async function undoImport(before: Map<string, Reply | undefined>, replies: ReplyRepository): Promise<string[]> {
  let left = [...before].sort(([, a], [, b]) => Number(a !== undefined) - Number(b !== undefined));
  while (left.length > 0) {
    const failed: typeof left = [];
    for (const entry of left) {
      const [id, old] = entry;
      await (old ? replies.put(old) : replies.delete(id)).catch(() => failed.push(entry));
    }
    if (failed.length === left.length) break;
    left = failed;
  }
  return left.map(([id]) => id);
}

/**
 * Saves every line, or none: if the store fails part-way, what was written is
 * put back as it was before, so a retry starts from a clean slate. When even
 * that fails, the error names the replies left as the import wrote them
 * (importing the file again overwrites them). A line of group minutes is the
 * network's one record for its question (the id the leaders' form uses), so
 * an import and a saved form never make two.
 */
export async function importReplies(lines: ReplyLine[], replies: ReplyRepository, now: Date): Promise<number> {
  const before = new Map<string, Reply | undefined>();
  try {
    for (const line of lines) {
      const id = storedId(line);
      if (!before.has(id)) before.set(id, await replies.get(id));
      await replies.save({ ...line, id, author: null }, now);
    }
  } catch (e) {
    const left = await undoImport(before, replies);
    if (left.length > 0) throw new StoreError('replies.import', new Error(`${asCodedError(e).message}; not put back: ${left.join(', ')}`, { cause: e }));
    throw e;
  }
  return lines.length;
}
