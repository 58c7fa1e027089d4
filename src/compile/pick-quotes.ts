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
/** Where whole sentences were left out of a quote, as quoting marks it in Swedish and English. */
const LEFT_OUT = '[…]';
/** The sentences of a quote leave room for a mark at each end. */
const SENTENCE_CHARS = MAX_QUOTE_CHARS - 2 * (LEFT_OUT.length + 1);
const MAX_CANDIDATES = 30;

/**
 * A quote cut at sentence ends, so it stays the author's own words. Without
 * `relevance` it is the opening sentences that fit; with it, the run of
 * whole sentences that fits and is most about the theme (ties: the earliest),
 * so a leader's minutes that cover several themes are quoted where they speak
 * of this one, not where they begin. A run with more sentences `onHeading`
 * (that name what the theme's heading names) comes first, whatever the rest
 * scores: the reader sees the heading, then the quote. "[…]" marks each end
 * where sentences were left out; one sentence too long for a quote is cut
 * with "…".
 */
export function shorten(text: string, relevance?: (sentence: string) => number, onHeading?: (sentence: string) => boolean): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= MAX_QUOTE_CHARS) return t;
  const sentences = splitSentences(t);
  // With no relevance every run ties, and the earliest (the opening sentences) is taken.
  const [from, to] = mostRelevantRun(sentences, relevance ?? (() => 0), onHeading ?? (() => false));
  let out = sentences.slice(from, to).join(' ');
  if (out.length > SENTENCE_CHARS || out === '') return `${t.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
  if (from > 0) out = `${LEFT_OUT} ${out}`;
  return to < sentences.length ? `${out} ${LEFT_OUT}` : out;
}

/**
 * [from, to) of the run of whole sentences that fits in a quote with the
 * most sentences on the heading, then the highest summed relevance (ties:
 * the earliest), less any sentence at its ends that has neither. One pass
 * with two ends, each sentence scored once: linear in the text.
 */
function mostRelevantRun(sentences: readonly string[], relevance: (sentence: string) => number, onHeading: (sentence: string) => boolean): [number, number] {
  const score = sentences.map((s) => relevance(s));
  const hit = sentences.map((s) => (onHeading(s) ? 1 : 0));
  let best: [number, number] = [0, 0];
  let bestHits = -1;
  let bestScore = -Infinity;
  let to = 0;
  let length = -1;
  let sum = 0;
  let hits = 0;
  for (let from = 0; from < sentences.length; from += 1) {
    if (to <= from) {
      to = from;
      length = -1;
      sum = 0;
      hits = 0;
    }
    while (to < sentences.length && (to === from || length + 1 + (sentences[to] as string).length <= SENTENCE_CHARS)) {
      length += 1 + (sentences[to] as string).length;
      sum += score[to] as number;
      hits += hit[to] as number;
      to += 1;
    }
    if (hits > bestHits || (hits === bestHits && sum > bestScore + 1e-12)) {
      bestHits = hits;
      bestScore = sum;
      best = [from, to];
    }
    length -= 1 + (sentences[from] as string).length;
    sum -= score[from] as number;
    hits -= hit[from] as number;
  }
  // Sentences at either end that say nothing of the theme are left out, when the rest does.
  let [start, end] = best;
  const says = (i: number) => (score[i] as number) > 0 || (hit[i] as number) > 0;
  if (bestScore > 0 || bestHits > 0) {
    while (start < end - 1 && !says(start)) start += 1;
    while (end - 1 > start && !says(end - 1)) end -= 1;
  }
  return [start, end];
}

/**
 * Up to three quotes for a theme: only from replies whose authors said yes
 * to being quoted, nearest the theme's centre and unlike each other. They
 * are attributed by role alone; the caller turns the role into a word. A
 * quote too long is cut where it names what the heading names (`onHeading`),
 * then where `relevance` (for that candidate) says it is most about the theme.
 */
export function pickQuotes(
  candidates: readonly QuoteCandidate[],
  centre: Float64Array,
  count = 3,
  relevance?: (candidate: QuoteCandidate) => (sentence: string) => number,
  onHeading?: (sentence: string) => boolean,
): Quote[] {
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
  ).map(({ c }) => ({ replyId: c.replyId, text: shorten(c.text, relevance?.(c), onHeading), role: c.role, ...(c.minutes ? { minutes: true } : {}) }));
}
