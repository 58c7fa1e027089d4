import { mmr } from './mmr';
import { dot, dotDense, type SparseVector } from './sparse-vector';
import { splitSentences } from './tokenize';

export interface SummaryDoc {
  text: string;
  vector: SparseVector;
}

/** Only the replies nearest the centre are read for sentences: bounded work in a big theme. */
const MAX_DOCS = 40;

/**
 * Two or three sentences drawn from the theme's replies: those nearest the
 * theme's centre, kept apart from each other (MMR), in the order they rank.
 * Questions and fragments are passed over; very long sentences too, since a
 * summary should be read at a glance.
 */
export function summarizeTheme(
  docs: readonly SummaryDoc[],
  centre: Float64Array,
  vectorOf: (text: string) => SparseVector,
): string {
  const nearest = docs
    .map((d, i) => ({ d, i, sim: dotDense(d.vector, centre) }))
    .sort((a, b) => b.sim - a.sim || a.i - b.i)
    .slice(0, MAX_DOCS);
  const sentences: { text: string; vector: SparseVector; sim: number; order: number }[] = [];
  for (const { d } of nearest) {
    for (const s of splitSentences(d.text)) {
      const words = (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if (words < 5 || words > 45 || s.endsWith('?')) continue;
      const vector = vectorOf(s);
      sentences.push({ text: s, vector, sim: dotDense(vector, centre), order: sentences.length });
    }
  }
  if (sentences.length === 0) {
    // Nothing sentence-like: the nearest reply, cut short.
    const first = nearest[0]?.d.text.trim() ?? '';
    return first.length > 300 ? `${first.slice(0, 297).trimEnd()}…` : first;
  }
  const count = docs.length >= 4 ? 3 : 2;
  const chosen = mmr(
    sentences,
    (s) => s.sim,
    (a, b) => dot(a.vector, b.vector),
    count,
  );
  return chosen
    .map((s) => s.text.trim())
    .map((s) => (/[.!…]$/.test(s) ? s : `${s}.`))
    .join(' ');
}
