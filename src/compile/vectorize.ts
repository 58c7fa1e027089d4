import { CompoundSplitter } from './compound-split';
import { matchConcepts } from './match-concepts';
import type { SparseVector } from './sparse-vector';
import { GENERIC_WORDS } from './stopwords';
import { stem, unifyStems } from './swedish-stem';
import { detectLanguage, type Token, tokenize } from './tokenize';

/**
 * Three blocks of features, each TF-IDF weighted and normalised on its own
 * before they are mixed, so none drowns the others:
 * - word stems (Snowball, with leftover endings unified in the round);
 * - compound parts ("sekretess" and "lagstiftning" of "sekretesslagstiftningen");
 * - character 4-grams inside words, which catch derivations the stemmer
 *   leaves apart ("avlöser", "avlösning") and spelling variants;
 * - concepts of the domain lexicon ("styrdokument" and "politiskt beslut"
 *   are both governance), which join replies that share no word;
 * - the national strategy's areas those concepts fall under, more broadly.
 */
export const BLOCK_WEIGHT = { w: 1, c: 0.7, g: 0.45, k: 0.8, a: 0.5 } as const;
export type Block = keyof typeof BLOCK_WEIGHT;
const BLOCK_ORDER: readonly Block[] = ['w', 'c', 'g', 'k', 'a'];
/** Theme-neutral words ("bra", "viktigt") count this much of a content word. */
const GENERIC_WEIGHT = 0.3;
const NGRAM = 4;
/** How much a text's own words (seen nowhere else) count in its length, per block. */
const RARE_SHARE: Record<Block, number> = { w: 1, c: 0, g: 0, k: 0, a: 0 };

export interface Analysed {
  tokens: Token[];
  language: 'sv' | 'en';
}

export function analyse(text: string): Analysed {
  const tokens = tokenize(text);
  return { tokens, language: detectLanguage(tokens) };
}

const isContent = (t: Token) => !t.stop && t.lower.length >= 2 && /\p{L}/u.test(t.lower);

export class Vectorizer {
  /** Block weights; the defaults suit a round of replies, tests may vary them. */
  constructor(
    private readonly weights: Readonly<Record<Block, number>> = BLOCK_WEIGHT,
    private readonly options: { lexicon?: boolean } = {},
  ) {}

  private readonly index = new Map<string, number>();
  private readonly idf: number[] = [];
  /** IDF of a feature seen in one text only (or never): it counts in a vector's length. */
  private rareIdf = 0;
  private canonical = new Map<string, string>();
  private splitter = new CompoundSplitter([]);

  get dimension(): number {
    return this.idf.length;
  }

  /** Raw feature counts of one text, keyed "w:stem", "c:part", "g:gram". */
  private features(a: Analysed): Map<string, number> {
    const out = new Map<string, number>();
    const add = (key: string, weight: number) => out.set(key, (out.get(key) ?? 0) + weight);
    for (const t of a.tokens) {
      if (!isContent(t)) continue;
      const generic = GENERIC_WORDS.has(t.lower) ? GENERIC_WEIGHT : 1;
      const s = this.canon(stem(t.lower, a.language));
      add(`w:${s}`, generic);
      if (a.language === 'sv') {
        for (const part of this.splitter.split(t.lower)) add(`c:${this.canon(stem(part))}`, generic);
      }
      // Grams of theme-neutral words ("inte", "bra") would only add noise.
      const padded = `_${t.lower}_`;
      if (generic === 1 && t.lower.length >= 5) {
        for (let i = 0; i + NGRAM <= padded.length; i += 1) add(`g:${padded.slice(i, i + NGRAM)}`, generic);
      }
    }
    if (this.options.lexicon === false) return out;
    const hits = matchConcepts(a.tokens);
    for (const id of hits.concepts) add(`k:${id}`, 1);
    for (const id of hits.areas) add(`a:${id}`, 1);
    return out;
  }

  private canon(s: string): string {
    return this.canonical.get(s) ?? s;
  }

  /**
   * Learns the vocabulary, compound dictionary and IDF from a round's texts,
   * and returns their vectors. Features seen in only one text are left out:
   * they cannot make two replies alike, only make every reply less alike.
   */
  fit(texts: readonly Analysed[]): SparseVector[] {
    const vocabulary = new Set<string>();
    const stems = new Set<string>();
    for (const a of texts) {
      for (const t of a.tokens) {
        if (!isContent(t)) continue;
        vocabulary.add(t.lower);
        const s = stem(t.lower, a.language);
        stems.add(s);
        vocabulary.add(s);
      }
    }
    this.canonical = unifyStems(stems);
    this.splitter = new CompoundSplitter(vocabulary);
    const raw = texts.map((a) => this.features(a));
    const df = new Map<string, number>();
    for (const f of raw) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const n = texts.length;
    this.rareIdf = Math.log(n + 1);
    for (const key of [...df.keys()].sort()) {
      const d = df.get(key) ?? 0;
      if (d < 2 && n > 2) continue;
      this.index.set(key, this.idf.length);
      this.idf.push(Math.log((n + 1) / d));
    }
    return raw.map((f) => this.weigh(f));
  }

  /** The vector of a new text (a hint, a sentence) in the fitted space. */
  transform(text: string | Analysed): SparseVector {
    const a = typeof text === 'string' ? analyse(text) : text;
    const raw = this.features(a);
    // The text's own words, each as a word and as a part of a compound
    // ("avlösning" in "timavlösning"), -1 where the round has no such feature.
    const words: number[] = [];
    for (const key of raw.keys()) {
      if (key[0] !== 'w') continue;
      const w = this.index.get(key) ?? -1;
      const c = this.index.get(`c${key.slice(1)}`) ?? -1;
      if (w >= 0 || c >= 0) words.push(w, c);
    }
    return { ...this.weigh(raw, true), words: Int32Array.from(words) };
  }

  /** `strict`: every unknown feature counts in full in the length (new texts, seeds). */
  private weigh(raw: Map<string, number>, strict = false): SparseVector {
    // Plain arrays rather than maps: this runs once per reply and dominates
    // allocation in big rounds.
    const idx: number[] = [];
    const val: number[] = [];
    const block: number[] = [];
    // Rare features are not dimensions, but they do make a text longer: a
    // reply that shares only "inte" with others is not therefore like them.
    const sums = BLOCK_ORDER.map(() => 0);
    for (const [key, count] of raw) {
      const b = BLOCK_ORDER.indexOf(key[0] as Block);
      // Sublinear counts; a generic word seen once stays below one.
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      const i = this.index.get(key);
      if (i === undefined) {
        sums[b] = (sums[b] ?? 0) + (strict ? 1 : RARE_SHARE[BLOCK_ORDER[b] ?? 'w']) * (tf * this.rareIdf) ** 2;
        continue;
      }
      const w = tf * (this.idf[i] ?? 0);
      idx.push(i);
      val.push(w);
      block.push(b);
      sums[b] = (sums[b] ?? 0) + w * w;
    }
    let total = 0;
    const scales = sums.map((s, b) => {
      const weight = this.weights[BLOCK_ORDER[b] ?? 'w'];
      if (s > 0) total += weight ** 2;
      return s > 0 ? weight / Math.sqrt(s) : 0;
    });
    // Length one counting the rare features, so the stored part is shorter
    // for a text that is mostly its own words.
    const overall = total > 0 ? 1 / Math.sqrt(total) : 0;
    const order = Array.from(idx.keys()).sort((a, b) => (idx[a] ?? 0) - (idx[b] ?? 0));
    const out = { idx: new Int32Array(order.length), val: new Float64Array(order.length) };
    order.forEach((k, j) => {
      out.idx[j] = idx[k] ?? 0;
      out.val[j] = (val[k] ?? 0) * (scales[block[k] ?? 0] ?? 0) * overall;
    });
    return out;
  }

  /** The feature key of an index, for keywords and debugging. */
  keyOf(i: number): string | undefined {
    for (const [k, v] of this.index) if (v === i) return k;
    return undefined;
  }
}
