import { CompoundSplitter } from './compound-split';
import { matchConceptsOf } from './match-concepts';
import type { SparseVector } from './sparse-vector';
import { GENERIC_WORDS } from './stopwords';
import { stem, unifyStems } from './swedish-stem';
import { detectLanguage, englishVotes, isStop, scanWords, swedishVotes, type Token, tokenize } from './tokenize';

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

// Performance (issue 13): the vectoriser keeps no Token objects and no
// per-text Map of string keys. A text added for fitting is kept as word ids
// (interned lower-case words) until the round is fitted; its features are
// feature ids (interned "w:stem", "c:part", "g:gram", "k:id", "a:id" keys),
// each word's features worked out once per round and language. The vectors
// are the same to the last bit as with string-keyed maps: features are still
// counted and weighed in the order a text first shows them, the dimensions
// are still the kept keys in sorted order, and every sum adds the same terms
// in the same order.

/** A text as the vectoriser keeps it until fitted: per token, word id × 2 + stop flag, its run, and the language. */
interface Compact {
  words: Int32Array;
  runs: Int32Array;
  language: 'sv' | 'en';
}

/** Raw feature counts of one text: feature ids in the order the text first shows them, with their counts. */
interface RawFeatures {
  ids: Int32Array;
  counts: Float64Array;
}

const NO_FEATURES = new Int32Array(0);
/** Entries per block of vectors (see Vectorizer.take). */
const VECTOR_BLOCK = 1 << 15;
const RARE_SHARE_BY_BLOCK = BLOCK_ORDER.map((b) => RARE_SHARE[b]);

export class Vectorizer {
  /** Block weights; the defaults suit a round of replies, tests may vary them. */
  constructor(
    private readonly weights: Readonly<Record<Block, number>> = BLOCK_WEIGHT,
    private readonly options: { lexicon?: boolean } = {},
  ) {}

  private readonly idf: number[] = [];
  /** The feature key of each dimension. */
  private readonly dimKeys: string[] = [];
  /** IDF of a feature seen in one text only (or never): it counts in a vector's length. */
  private rareIdf = 0;
  private canonical = new Map<string, string>();
  private splitter = new CompoundSplitter([]);

  /** Interned lower-case words. */
  private readonly wordId = new Map<string, number>();
  private readonly wordList: string[] = [];
  /** Per word id: the weight of its features (theme-neutral words count less), and wordFacts(). */
  private readonly wordWeight: number[] = [];
  private readonly wordFactsById: number[] = [];
  /** Interned feature keys, each feature's block (index in BLOCK_ORDER) and dimension (-1: none). */
  private readonly featureId = new Map<string, number>();
  private readonly featureKeys: string[] = [];
  private readonly featureBlock: number[] = [];
  private readonly featureDim: number[] = [];
  /** The features of a content word, per language and word id, as a word adds them; empty for other words. */
  private wordFeatures: { sv: (Int32Array | undefined)[]; en: (Int32Array | undefined)[] } = { sv: [], en: [] };
  /** Feature ids of the lexicon's concepts ("k:…") and areas ("a:…"), by id. */
  private readonly conceptFeature = new Map<string, number>();
  private readonly areaFeature = new Map<string, number>();
  /** Texts added and not yet fitted. */
  private pending: Compact[] = [];
  /** Per feature id, its count in the text being read (0: not in it), and the ids in the order seen. */
  private counts = new Float64Array(1024);
  private readonly seen: number[] = [];
  /** Scratch for weigh(): per dimension, a vector's weight before its entries are sorted. */
  private byDim = new Float64Array(0);
  /** Scratch for weighEntries(): a text's entries, and the sums and scales per block. */
  private entryDims = new Int32Array(0);
  private entryWeights = new Float64Array(0);
  private entryBlocks = new Uint8Array(0);
  private readonly blockSums = new Float64Array(BLOCK_ORDER.length);
  private readonly blockScales = new Float64Array(BLOCK_ORDER.length);
  /** Scratch for scanWords(). */
  private readonly spans: number[] = [];
  /** The block take() hands out vectors from. */
  private block = { idx: new Int32Array(0), val: new Float64Array(0), used: 0 };

  get dimension(): number {
    return this.idf.length;
  }

  private internWord(lower: string): number {
    let id = this.wordId.get(lower);
    if (id === undefined) {
      id = this.wordList.length;
      this.wordId.set(lower, id);
      this.wordList.push(lower);
      this.wordWeight.push(GENERIC_WORDS.has(lower) ? GENERIC_WEIGHT : 1);
    }
    return id;
  }

  /** A word's stop flag (as tokenize() sets it) and its votes for a language (as detectLanguage() counts them), by word id. */
  private wordFacts(id: number): number {
    let facts = this.wordFactsById[id];
    if (facts === undefined) {
      const lower = this.wordList[id] ?? '';
      facts = (isStop(lower) ? 1 : 0) | (swedishVotes(lower) << 1) | (englishVotes(lower) << 3);
      this.wordFactsById[id] = facts;
    }
    return facts;
  }

  private internFeature(key: string): number {
    let id = this.featureId.get(key);
    if (id === undefined) {
      id = this.featureKeys.length;
      this.featureId.set(key, id);
      this.featureKeys.push(key);
      this.featureBlock.push(BLOCK_ORDER.indexOf(key[0] as Block));
      this.featureDim.push(-1);
      if (id >= this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }

  private compact(a: Analysed): Compact {
    const n = a.tokens.length;
    const words = new Int32Array(n);
    const runs = new Int32Array(n);
    for (let i = 0; i < n; i += 1) {
      const t = a.tokens[i] as Token;
      words[i] = this.internWord(t.lower) * 2 + (t.stop ? 1 : 0);
      runs[i] = t.run;
    }
    return { words, runs, language: a.language };
  }

  /**
   * The features a content word adds, in the order it adds them: its stem;
   * in Swedish its compound parts; its character grams unless theme-neutral.
   * Empty for a word that is no content word (the stop flag aside).
   */
  private featuresOfWord(word: number, language: 'sv' | 'en'): Int32Array {
    const cache = this.wordFeatures[language];
    const cached = cache[word];
    if (cached) return cached;
    const lower = this.wordList[word] ?? '';
    let out = NO_FEATURES;
    if (lower.length >= 2 && /\p{L}/u.test(lower)) {
      const ids: number[] = [];
      const generic = GENERIC_WORDS.has(lower) ? GENERIC_WEIGHT : 1;
      ids.push(this.internFeature(`w:${this.canon(stem(lower, language))}`));
      if (language === 'sv') {
        for (const part of this.splitter.split(lower)) ids.push(this.internFeature(`c:${this.canon(stem(part))}`));
      }
      // Grams of theme-neutral words ("inte", "bra") would only add noise.
      const padded = `_${lower}_`;
      if (generic === 1 && lower.length >= 5) {
        for (let i = 0; i + NGRAM <= padded.length; i += 1) ids.push(this.internFeature(`g:${padded.slice(i, i + NGRAM)}`));
      }
      out = Int32Array.from(ids);
    }
    cache[word] = out;
    return out;
  }

  /** Raw feature counts of one text ("w:stem", "c:part", "g:gram", "k:concept", "a:area"). */
  private features(text: Compact): RawFeatures {
    const { seen } = this;
    seen.length = 0;
    // this.counts, not a local: a word's first features may grow the array.
    const add = (id: number, weight: number) => {
      const counts = this.counts;
      if (counts[id] === 0) seen.push(id);
      counts[id] = (counts[id] as number) + weight;
    };
    const { words, language } = text;
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i] as number;
      if ((w & 1) === 1) continue; // a stop word
      const word = w >> 1;
      const ids = this.featuresOfWord(word, language);
      if (ids.length === 0) continue;
      const generic = this.wordWeight[word] as number;
      for (let k = 0; k < ids.length; k += 1) add(ids[k] as number, generic);
    }
    if (this.options.lexicon !== false) {
      const hits = matchConceptsOf(
        words.length,
        (i) => this.wordList[(words[i] as number) >> 1] ?? '',
        (i) => text.runs[i] as number,
      );
      for (const id of hits.concepts) add(this.conceptId(this.conceptFeature, 'k', id), 1);
      for (const id of hits.areas) add(this.conceptId(this.areaFeature, 'a', id), 1);
    }
    const ids = Int32Array.from(seen);
    const out = new Float64Array(ids.length);
    const counts = this.counts;
    for (let k = 0; k < ids.length; k += 1) {
      const id = ids[k] as number;
      out[k] = counts[id] as number;
      counts[id] = 0;
    }
    return { ids, counts: out };
  }

  private conceptId(map: Map<string, number>, prefix: 'k' | 'a', id: string): number {
    let f = map.get(id);
    if (f === undefined) {
      f = this.internFeature(`${prefix}:${id}`);
      map.set(id, f);
    }
    return f;
  }

  private canon(s: string): string {
    return this.canonical.get(s) ?? s;
  }

  /** Keeps a text (compactly) for the next fit(): callers need not hold every text's tokens at once. */
  add(text: Analysed): void {
    this.pending.push(this.compact(text));
  }

  /** As add(analyse(text)), without making its tokens. */
  addText(text: string): void {
    const spans = this.spans;
    const count = scanWords(text, spans);
    const words = new Int32Array(count);
    const runs = new Int32Array(count);
    let sv = 0;
    let en = 0;
    for (let k = 0; k < count; k += 1) {
      const id = this.internWord(text.slice(spans[3 * k] as number, spans[3 * k + 1] as number).toLowerCase());
      const facts = this.wordFacts(id);
      words[k] = id * 2 + (facts & 1);
      runs[k] = spans[3 * k + 2] as number;
      sv += (facts >> 1) & 3;
      en += facts >> 3;
    }
    this.pending.push({ words, runs, language: en > sv ? 'en' : 'sv' });
  }

  /**
   * Learns the vocabulary, compound dictionary and IDF from a round's texts
   * (those added with add(), then `texts`), and returns their vectors.
   * Features seen in only one text are left out: they cannot make two
   * replies alike, only make every reply less alike.
   */
  fit(texts: readonly Analysed[] = []): SparseVector[] {
    for (const a of texts) this.add(a);
    const compacts = this.pending;
    this.pending = [];
    const vocabulary = new Set<string>();
    const stems = new Set<string>();
    // Each word is looked at once per language: the sets are the same.
    const done = { sv: new Uint8Array(this.wordList.length), en: new Uint8Array(this.wordList.length) };
    for (const c of compacts) {
      const mark = done[c.language];
      for (let i = 0; i < c.words.length; i += 1) {
        const w = c.words[i] as number;
        if ((w & 1) === 1 || mark[w >> 1] === 1) continue;
        mark[w >> 1] = 1;
        const lower = this.wordList[w >> 1] ?? '';
        if (lower.length < 2 || !/\p{L}/u.test(lower)) continue;
        vocabulary.add(lower);
        const s = stem(lower, c.language);
        stems.add(s);
        vocabulary.add(s);
      }
    }
    this.canonical = unifyStems(stems);
    this.splitter = new CompoundSplitter(vocabulary);
    // Words' features depend on the stems and compounds of the round.
    this.wordFeatures = { sv: [], en: [] };
    const raw: (RawFeatures | undefined)[] = compacts.map((c) => this.features(c));
    compacts.length = 0;
    const df = new Int32Array(this.featureKeys.length);
    for (const f of raw) {
      const ids = f?.ids ?? NO_FEATURES;
      for (let k = 0; k < ids.length; k += 1) df[ids[k] as number] = (df[ids[k] as number] as number) + 1;
    }
    const n = raw.length;
    this.rareIdf = Math.log(n + 1);
    const kept: number[] = [];
    for (let id = 0; id < df.length; id += 1) {
      const d = df[id] as number;
      if (d === 0 || (d < 2 && n > 2)) continue;
      kept.push(id);
    }
    const keys = this.featureKeys;
    kept.sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
    for (const id of kept) {
      this.featureDim[id] = this.idf.length;
      this.dimKeys.push(keys[id] as string);
      this.idf.push(Math.log((n + 1) / (df[id] as number)));
    }
    this.byDim = new Float64Array(this.idf.length);
    return raw.map((f, i) => {
      raw[i] = undefined; // each text's counts go as soon as it is weighed
      return this.weigh(f ?? { ids: NO_FEATURES, counts: new Float64Array(0) });
    });
  }

  /** The vector of a new text (a hint, a sentence) in the fitted space. */
  transform(text: string | Analysed): SparseVector {
    const a = typeof text === 'string' ? analyse(text) : text;
    const raw = this.features(this.compact(a));
    // The text's own words, each as a word and as a part of a compound
    // ("avlösning" in "timavlösning"), -1 where the round has no such feature.
    const words: number[] = [];
    for (const id of raw.ids) {
      const key = this.featureKeys[id] ?? '';
      if (key[0] !== 'w') continue;
      const w = this.featureDim[id] ?? -1;
      const part = this.featureId.get(`c${key.slice(1)}`);
      const c = part === undefined ? -1 : (this.featureDim[part] ?? -1);
      if (w >= 0 || c >= 0) words.push(w, c);
    }
    return { ...this.weigh(raw, true), words: Int32Array.from(words) };
  }

  /** `strict`: every unknown feature counts in full in the length (new texts, seeds). */
  private weigh(raw: RawFeatures, strict = false): SparseVector {
    const m = this.weighEntries(raw, strict);
    // Each weight is parked at its dimension, the dimensions sorted, and the
    // weights read back in that order (dimensions are distinct in a text).
    const { byDim, entryDims, entryWeights } = this;
    for (let k = 0; k < m; k += 1) byDim[entryDims[k] as number] = entryWeights[k] as number;
    const { idx, val } = this.take(m);
    idx.set(entryDims.subarray(0, m));
    idx.sort();
    for (let j = 0; j < m; j += 1) {
      const i = idx[j] as number;
      val[j] = byDim[i] as number;
      byDim[i] = 0;
    }
    return { idx, val };
  }

  /**
   * Room for a vector of `m` entries. Performance (issue 13): vectors are
   * views into shared blocks, not two buffers of their own each (tens of
   * thousands of small buffers in a big round); a block lives as long as
   * any vector in it, which is the round's question.
   */
  private take(m: number): SparseVector {
    let block = this.block;
    if (block.used + m > block.idx.length) {
      const size = Math.max(VECTOR_BLOCK, m);
      block = { idx: new Int32Array(size), val: new Float64Array(size), used: 0 };
      this.block = block;
    }
    const at = block.used;
    block.used = at + m;
    return { idx: block.idx.subarray(at, at + m), val: block.val.subarray(at, at + m) };
  }

  /**
   * The weighted entries of a text, in the order the text first shows its
   * features, into entryDims/entryWeights from their start; returns how many.
   */
  private weighEntries(raw: RawFeatures, strict: boolean): number {
    const { ids, counts } = raw;
    if (this.entryDims.length < ids.length) {
      this.entryDims = new Int32Array(ids.length * 2);
      this.entryWeights = new Float64Array(ids.length * 2);
      this.entryBlocks = new Uint8Array(ids.length * 2);
    }
    const { entryDims: dims, entryWeights: weights, entryBlocks: blocks, featureBlock, featureDim, idf } = this;
    let m = 0;
    // Rare features are not dimensions, but they do make a text longer: a
    // reply that shares only "inte" with others is not therefore like them.
    const sums = this.blockSums.fill(0);
    for (let k = 0; k < ids.length; k += 1) {
      const id = ids[k] as number;
      const count = counts[k] as number;
      const b = featureBlock[id] as number;
      // Sublinear counts; a generic word seen once stays below one.
      // (1 + Math.log(1) is exactly 1: most counts are one.)
      const tf = count === 1 ? 1 : count >= 1 ? 1 + Math.log(count) : count;
      const i = featureDim[id] as number;
      if (i < 0) {
        sums[b] = (sums[b] as number) + (strict ? 1 : (RARE_SHARE_BY_BLOCK[b] as number)) * (tf * this.rareIdf) ** 2;
        continue;
      }
      const w = tf * (idf[i] ?? 0);
      dims[m] = i;
      weights[m] = w;
      blocks[m] = b;
      m += 1;
      sums[b] = (sums[b] as number) + w * w;
    }
    let total = 0;
    const scales = this.blockScales;
    for (let b = 0; b < BLOCK_ORDER.length; b += 1) {
      const s = sums[b] as number;
      const weight = this.weights[BLOCK_ORDER[b] ?? 'w'];
      if (s > 0) total += weight ** 2;
      scales[b] = s > 0 ? weight / Math.sqrt(s) : 0;
    }
    // Length one counting the rare features, so the stored part is shorter
    // for a text that is mostly its own words.
    const overall = total > 0 ? 1 / Math.sqrt(total) : 0;
    for (let k = 0; k < m; k += 1) weights[k] = (weights[k] as number) * (scales[blocks[k] as number] ?? 0) * overall;
    return m;
  }

  /** The feature key of an index, for keywords and debugging. */
  keyOf(i: number): string | undefined {
    return this.dimKeys[i];
  }
}
