import { z } from 'zod';
import type { Problem } from '../errors';
import type { Locale } from '../i18n/translate';
import { readJsonLines } from '../replies/read-reply-lines';
import type { CompileReply } from './types';

/**
 * A line of a replies file: the export format (src/replies/reply-line.ts)
 * or a bare {id, question, text}, as the benchmark files are. Unknown keys
 * (a benchmark's `theme`) are ignored, never used.
 */
const lineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    question: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string().nullable().optional(),
    option: z.string().nullable().optional(),
    role: z.string().optional(),
    network: z.string().optional(),
    kind: z.enum(['answer', 'minutes']).optional(),
    consent: z.boolean().optional(),
    round: z.number().int().optional(),
    program: z.string().optional(),
  })
  .superRefine((l, ctx) => {
    if ((l.text ?? '').trim() === '' && (l.option ?? null) === null) {
      ctx.addIssue({ code: 'custom', path: ['text'], params: { key: 'textOrOption' } });
    }
  });

export interface ParsedReplies {
  replies: (CompileReply & { round?: number })[];
  /** The programs the lines name (the export format names one), to check them against a program file. */
  programs: string[];
  problems: Problem[];
}

/** Parses JSONL; every bad line is reported (with its number), not only the first. */
export function parseReplyLines(text: string, locale: Locale): ParsedReplies {
  const { items, problems } = readJsonLines(text, lineSchema, locale);
  const replies = items.map(({ value: l }) => ({
    id: l.id,
    question: l.question,
    text: l.text ?? null,
    option: l.option ?? null,
    ...(l.role !== undefined ? { role: l.role } : {}),
    ...(l.network !== undefined ? { network: l.network } : {}),
    ...(l.kind !== undefined ? { kind: l.kind } : {}),
    ...(l.consent !== undefined ? { consent: l.consent } : {}),
    ...(l.round !== undefined ? { round: l.round } : {}),
  }));
  const programs = [...new Set(items.flatMap(({ value: l }) => (l.program !== undefined ? [l.program] : [])))].sort();
  return { replies, programs, problems };
}
