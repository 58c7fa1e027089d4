import type { z } from 'zod';
import type { Problem } from '../errors';
import { type Locale, translate, type Vars } from '../i18n/translate';

type Path = readonly PropertyKey[];
type ZodIssue = z.core.$ZodIssue;

/** A problem found by our own checks: where, and which `validation.*` message. */
export interface Issue {
  path: (string | number)[];
  key: string;
  vars?: Vars;
}

/** `rounds[2].meeting` from ['rounds', 2, 'meeting']. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top)';
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A union (a date string or a {daysBefore, at} object) fails on every branch;
 * the useful branch is the one whose shape matches what was written.
 */
function flattenUnions(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const branches = issue.errors;
  const fits = branches.find((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0)) ?? branches[0] ?? [];
  return fits.flatMap((i) => flattenUnions({ ...i, path: [...issue.path, ...i.path] } as ZodIssue));
}

/** The localised message for one zod issue, saying what to write instead. */
export function describeZodIssue(issue: ZodIssue, locale: Locale): string {
  const t = (key: string, vars: Vars = {}) => translate(locale, `validation.${key}`, vars);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return t('missing', { expected: issue.expected });
      return t('wrongType', { expected: issue.expected, value: show(input) });
    case 'unrecognized_keys':
      return t('unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_value':
      return t('notOneOf', { value: show(input), allowed: issue.values.map((v) => String(v)).join(', ') });
    case 'too_small':
      if (issue.origin === 'array') return t('tooFewItems', { minimum: Number(issue.minimum) });
      if (issue.origin === 'string') return t('empty');
      return t('tooSmall', { value: show(input), minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return t('tooManyItems', { maximum: Number(issue.maximum) });
      return t('tooBig', { value: show(input), maximum: Number(issue.maximum) });
    case 'invalid_format': {
      const key = (issue as { params?: { key?: string } }).params?.key ?? (issue.format === 'datetime' ? 'notTimestamp' : 'invalid');
      return t(key, { value: show(input) });
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { key?: string; value?: string };
      return t(params.key ?? 'invalid', { value: show(params.value ?? input) });
    }
    default:
      // A field left out where one of several kinds would do (text or a number): say it is missing, not that "nothing" is wrong.
      if (input === undefined) return t('missingValue');
      return t('invalid', { value: show(input) });
  }
}

/** Every zod issue as a Problem; `where` adds a location (a line) to the path. */
export function describeZodError(error: z.ZodError, locale: Locale, where: (path: Path) => string = formatPath): Problem[] {
  return error.issues.flatMap(flattenUnions).map((issue) => ({ path: where(issue.path), message: describeZodIssue(issue, locale) }));
}

export function describeIssues(issues: Issue[], locale: Locale, where: (path: Path) => string = formatPath): Problem[] {
  return issues.map((issue) => {
    const vars = Object.fromEntries(Object.entries(issue.vars ?? {}).map(([k, v]) => [k, k === 'value' ? show(v) : v]));
    return { path: where(issue.path), message: translate(locale, `validation.${issue.key}`, vars) };
  });
}
