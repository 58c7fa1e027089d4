import { matchConcepts } from './match-concepts';
import type { Token } from './tokenize';

export interface ConceptShare {
  /** A fine concept or an area of the lexicon. */
  id: string;
  /** Share of the theme's texts that name the concept. */
  share: number;
  /** That share less the share in the whole question: what sets the theme apart. */
  excess: number;
}

/** A concept must be named in this share of a theme's texts to name the theme. */
const MIN_SHARE = 0.35;
/** …and this much more often than in the question as a whole. */
const MIN_EXCESS = 0.15;
/** An asked word or concept sets a theme apart when the theme uses it this many times as often as the question. */
export const ASKED_APART = 3;

/** The concepts and areas a text names (a question: what was asked). */
export function conceptsNamed(tokens: readonly Token[]): Set<string> {
  const hits = matchConcepts(tokens);
  return new Set<string>([...hits.concepts, ...hits.areas]);
}

/**
 * The lexicon's concepts that characterise each theme, best first: those its
 * texts name much more often than the question's other texts do. A concept
 * every theme names ("anhörigperspektiv" in a round about the strategy) sets
 * none apart and is left out. Fine concepts and the broad areas compete on
 * the same footing, so a theme that spans several governance concepts is
 * named by the area, and one about respite alone by "Avlösning". A concept
 * the question itself names (`asked`) tells nothing new ("Working carers"
 * under "What support do working carers need?") unless one theme names it
 * far more than the question does, as with an asked word.
 */
export function themeConcepts(
  themes: readonly (readonly { tokens: Token[] }[])[],
  asked: ReadonlySet<string> = new Set(),
): ConceptShare[][] {
  const perTheme = themes.map((docs) => {
    const df = new Map<string, number>();
    for (const d of docs) for (const id of conceptsNamed(d.tokens)) df.set(id, (df.get(id) ?? 0) + 1);
    return df;
  });
  const total = new Map<string, number>();
  for (const df of perTheme) for (const [id, d] of df) total.set(id, (total.get(id) ?? 0) + d);
  const n = themes.reduce((a, t) => a + t.length, 0);
  return perTheme.map((df, t) => {
    const size = themes[t]?.length ?? 0;
    return [...df]
      .map(([id, d]) => {
        const share = d / Math.max(1, size);
        return { id, share, excess: share - (total.get(id) ?? 0) / Math.max(1, n) };
      })
      .filter((c) => c.share >= MIN_SHARE && c.excess >= MIN_EXCESS)
      .filter((c) => !asked.has(c.id) || c.share >= ASKED_APART * (c.share - c.excess))
      .sort((a, b) => b.excess - a.excess || b.share - a.share || (a.id < b.id ? -1 : 1));
  });
}
