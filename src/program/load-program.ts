import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { ProgramError, ProgramNotFoundError } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import { describeIssues, describeZodError, formatPath } from '../validation/describe-issues';
import { checkProgram } from './check-program';
import { type Program, programSchema } from './schema';

type Path = readonly PropertyKey[];

/**
 * Parses and validates program YAML. Throws ProgramError listing every problem
 * at once, each with its path, line and how to fix it.
 */
export function parseProgram(text: string, file: string, locale: Locale = 'sv'): Program {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ProgramError(
      file,
      doc.errors.map((e) => ({
        path: translate(locale, 'program.line', { line: lineCounter.linePos(e.pos[0]).line }),
        message: translate(locale, 'validation.yaml', { detail: e.message.split('\n')[0] ?? '' }),
      })),
    );
  }

  // The deepest node that exists on `path` gives the line to point at.
  const lineOf = (path: Path): number | undefined => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === part);
        if (!pair) break;
        node = pair.value ?? pair.key;
        offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? offset;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
        offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };

  const where = (path: Path) => {
    const line = lineOf(path);
    return formatPath(path) + (line ? ` (${translate(locale, 'program.line', { line })})` : '');
  };
  const parsed = programSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!parsed.success) throw new ProgramError(file, describeZodError(parsed.error, locale, where));
  const issues = checkProgram(parsed.data);
  if (issues.length > 0) throw new ProgramError(file, describeIssues(issues, locale, where));
  return parsed.data;
}

/** Reads `file` (relative to `cwd`); messages name the file as it was given. */
export async function loadProgram(file: string, locale: Locale = 'sv', cwd: string = process.cwd()): Promise<Program> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ProgramNotFoundError(file);
    throw e;
  }
  return parseProgram(text, file, locale);
}
