import { mmr } from './mmr';
import { dot, dotDense, type SparseVector } from './sparse-vector';
import { splitSentences } from './tokenize';
import type { Quote } from './types';

export interface QuoteCandidate {
  replyId: string;
  text: string;
  role: string | null;
  minutes?: boolean;
  consent: boolean;
  vector: SparseVector;
}

const MAX_QUOTE_CHARS = 280;
const MAX_CANDIDATES = 30;

/** A quote cut at a sentence end, so it stays the author's own words. */
export function shorten(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= MAX_QUOTE_CHARS) return t;
  let out = '';
  for (const s of splitSentences(t)) {
    if (out && out.length + s.length + 1 > MAX_QUOTE_CHARS) break;
    out = out ? `${out} ${s}` : s;
  }
  if (out.length > MAX_QUOTE_CHARS || out === '') out = `${t.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}`;
  return `${out}…`;
}

/**
 * Up to three quotes for a theme: only from replies whose authors said yes
 * to being quoted, nearest the theme's centre and unlike each other. They
 * are attributed by role alone; the caller turns the role into a word.
 */
export function pickQuotes(candidates: readonly QuoteCandidate[], centre: Float64Array, count = 3): Quote[] {
  const pool = candidates
    .filter((c) => c.consent && c.text.trim() !== '')
    .map((c, i) => ({ c, i, sim: dotDense(c.vector, centre) }))
    .sort((a, b) => b.sim - a.sim || a.i - b.i)
    .slice(0, MAX_CANDIDATES);
  return mmr(
    pool,
    (p) => p.sim,
    (a, b) => dot(a.c.vector, b.c.vector),
    count,
  ).map(({ c }) => ({ replyId: c.replyId, text: shorten(c.text), role: c.role, ...(c.minutes ? { minutes: true } : {}) }));
}
