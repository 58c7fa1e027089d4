import { addInto, dot, dotDense, type SparseVector } from './sparse-vector';

/** What the helpers below need of a piece of a theme: whose reply it is and its vector. */
export interface ThemePiece {
  reply: { id: string };
  vector: SparseVector;
}

/**
 * For a reply of a theme, how like the theme's other replies a sentence of
 * it is: its similarity to the sum of their vectors. The reply itself is left
 * out, or a leader's minutes that cover several themes would be most like
 * themselves everywhere. The sum is made once per theme, when a quote first
 * needs cutting.
 */
export function likeTheRest(
  pieces: readonly ThemePiece[],
  vectorizer: { dimension: number; transform(text: string): SparseVector },
): (c: { replyId: string }) => (sentence: string) => number {
  let sum: Float64Array | undefined;
  return (c) => {
    const own = pieces.filter((it) => it.reply.id === c.replyId);
    return (sentence) => {
      if (!sum) {
        sum = new Float64Array(vectorizer.dimension);
        for (const it of pieces) addInto(sum, it.vector);
      }
      const v = vectorizer.transform(sentence);
      let s = dotDense(v, sum);
      for (const it of own) s -= dot(v, it.vector);
      return s;
    };
  };
}

/**
 * Whether a sentence is about a theme: it shares a telling word (not one of
 * `broad`, which the whole field uses) with the theme's heading, recurring
 * phrases or keywords. A theme with no such word cannot tell, and takes any
 * sentence.
 */
export function aboutTheme(
  broad: ReadonlySet<string>,
  stems: readonly string[],
  keyOf: (text: string) => { stems: string[] },
): (sentence: string) => boolean {
  const terms = new Set(stems.filter((st) => !broad.has(st)));
  return (sentence) => terms.size === 0 || keyOf(sentence).stems.some((st) => terms.has(st));
}

/**
 * Whether a sentence names what a theme's heading names: it shares one of
 * `stems` (the heading's telling words). A heading with none names nothing.
 */
export function namesHeading(stems: readonly string[], keyOf: (text: string) => { stems: string[] }): (sentence: string) => boolean {
  const terms = new Set(stems);
  return (sentence) => terms.size > 0 && keyOf(sentence).stems.some((st) => terms.has(st));
}
