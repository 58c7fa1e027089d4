import type { z } from 'zod';
import type { Problem } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import { describeZodIssue, formatPath } from '../validation/describe-issues';

/**
 * Parses JSONL against `schema`, collecting every bad line (by its 1-based
 * number) instead of stopping at the first, so one run shows all there is to fix.
 * Blank lines are allowed and skipped.
 */
export function readJsonLines<S extends z.ZodType>(
  text: string,
  schema: S,
  locale: Locale,
): { items: { line: number; value: z.infer<S> }[]; problems: Problem[] } {
  const items: { line: number; value: z.infer<S> }[] = [];
  const problems: Problem[] = [];
  const lineWord = (line: number) => translate(locale, 'program.line', { line });
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ path: lineWord(line), message: translate(locale, 'jsonl.notJson') });
      return;
    }
    const parsed = schema.safeParse(json, { reportInput: true });
    if (parsed.success) {
      items.push({ line, value: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      problems.push({
        path: lineWord(line),
        message: translate(locale, 'jsonl.field', { field: formatPath(issue.path), message: describeZodIssue(issue, locale) }),
      });
    }
  });
  return { items, problems };
}
