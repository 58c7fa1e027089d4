import { CompoundSplitter } from './compound-split';
import { matchConceptsOf } from './match-concepts';
import type { SparseVector } from './sparse-vector';
import { BROAD_WORDS, GENERIC_WORDS } from './stopwords';
import { stem, unifyStems } from './swedish-stem';
import { detectLanguage, type Token, tokenize } from './tokenize';
import { TypedArena } from './typed-arena';
import { BLOCK_ORDER, BLOCK_WEIGHT, type Block, type FeatureSpace, type RawFeatures, VectorWeigher } from './vector-weigher';
import { type CompactText, GENERIC_WEIGHT, WordTable } from './word-table';

export { BLOCK_WEIGHT, type Block } from './vector-weigher';

const NGRAM = 4;

export interface Analysed {
  tokens: Token[];
  language: 'sv' | 'en';
}

export function analyse(text: string): Analysed {
  const tokens = tokenize(text);
  return { tokens, language: detectLanguage(tokens) };
}

const NO_FEATURES = new Int32Array(0);

/**
 * A round's replies as vectors of five feature blocks (see BLOCK_WEIGHT):
 * learns the round's vocabulary, compounds and IDF in fit(), and places new
 * texts (hints, sentences) in that space with transform().
 *
 * Performance (issue 13): texts wait for fit() as word ids (WordTable), their
 * features are interned ids ("w:stem", "c:part", "g:gram", "k:id", "a:id"),
 * each word's features worked out once per round and language. The vectors
 * are the same to the last bit as with string-keyed maps: features are
 * counted and weighed in the order a text first shows them, the dimensions
 * are the kept keys in sorted order, and every sum adds the same terms in
 * the same order.
 */
export class Vectorizer implements FeatureSpace {
  private readonly weigher: VectorWeigher;

  /** Block weights; the defaults suit a round of replies, tests may vary them. */
  constructor(
    weights: Readonly<Record<Block, number>> = BLOCK_WEIGHT,
    private readonly options: { lexicon?: boolean } = {},
  ) {
    this.weigher = new VectorWeigher(weights);
  }

  readonly idf: number[] = [];
  /** The feature key of each dimension. */
  private readonly dimKeys: string[] = [];
  /** IDF of a feature seen in one text only (or never): it counts in a vector's length. */
  rareIdf = 0;
  private canonical = new Map<string, string>();
  private splitter = new CompoundSplitter([]);

  /** Interned lower-case words. */
  private readonly words = new WordTable();
  /** Interned feature keys, each feature's block (index in BLOCK_ORDER) and dimension (-1: none). */
  private readonly featureId = new Map<string, number>();
  private readonly featureKeys: string[] = [];
  readonly featureBlock: number[] = [];
  readonly featureDim: number[] = [];
  /** The features of a content word, per language and word id, as a word adds them; empty for other words. */
  private wordFeatures: { sv: (Int32Array | undefined)[]; en: (Int32Array | undefined)[] } = { sv: [], en: [] };
  /** Feature ids of the lexicon's concepts ("k:…") and areas ("a:…"), by id. */
  private readonly conceptFeature = new Map<string, number>();
  private readonly areaFeature = new Map<string, number>();
  /** Texts added and not yet fitted. */
  private pending: CompactText[] = [];
  /** Per feature id, its count in the text being read (0: not in it), and the ids in the order seen. */
  private counts = new Float64Array(1024);
  private seen = new Int32Array(256);
  private seenCount = 0;
  /** Where texts' raw features are kept until weighed. */
  private readonly arena = new TypedArena();

  get dimension(): number {
    return this.idf.length;
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

  /**
   * The features a content word adds, in the order it adds them: its stem;
   * in Swedish its compound parts; its character grams unless theme-neutral.
   * Empty for a word that is no content word (the stop flag aside).
   */
  private featuresOfWord(word: number, language: 'sv' | 'en'): Int32Array {
    const cache = this.wordFeatures[language];
    const cached = cache[word];
    if (cached) return cached;
    const lower = this.words.list[word] ?? '';
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
  private features(text: CompactText): RawFeatures {
    this.seenCount = 0;
    const { words, language } = text;
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i] as number;
      if ((w & 1) === 1) continue; // a stop word
      const word = w >> 1;
      const ids = this.featuresOfWord(word, language);
      if (ids.length === 0) continue;
      const generic = this.words.weight[word] as number;
      for (let k = 0; k < ids.length; k += 1) this.count(ids[k] as number, generic);
    }
    if (this.options.lexicon !== false) {
      const hits = matchConceptsOf(
        words.length,
        (i) => this.words.list[(words[i] as number) >> 1] ?? '',
        (i) => text.runs[i] as number,
      );
      for (const id of hits.concepts) this.count(this.conceptId(this.conceptFeature, 'k', id), 1);
      for (const id of hits.areas) this.count(this.conceptId(this.areaFeature, 'a', id), 1);
    }
    const { seen, seenCount } = this;
    const ids = this.arena.int32(seenCount);
    const out = this.arena.float64(seenCount);
    const counts = this.counts;
    for (let k = 0; k < seenCount; k += 1) {
      const id = seen[k] as number;
      ids[k] = id;
      out[k] = counts[id] as number;
      counts[id] = 0;
    }
    return { ids, counts: out };
  }

  /**
   * Counts a feature of the text being read; the ids in the order first
   * seen (performance, issue 13: a buffer kept between texts, where an
   * array emptied per text was grown again for every text).
   */
  private count(id: number, weight: number): void {
    // this.counts, not a local: a word's first features may grow the array.
    const counts = this.counts;
    if (counts[id] === 0) {
      if (this.seenCount === this.seen.length) {
        const grown = new Int32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
      this.seen[this.seenCount] = id;
      this.seenCount += 1;
    }
    counts[id] = (counts[id] as number) + weight;
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
    this.pending.push(this.words.compact(text.tokens, text.language));
  }

  /** As add(analyse(text)), without making its tokens. */
  addText(text: string): void {
    this.pending.push(this.words.scan(text));
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
    const done = { sv: new Uint8Array(this.words.size), en: new Uint8Array(this.words.size) };
    for (const c of compacts) {
      const mark = done[c.language];
      for (let i = 0; i < c.words.length; i += 1) {
        const w = c.words[i] as number;
        if ((w & 1) === 1 || mark[w >> 1] === 1) continue;
        mark[w >> 1] = 1;
        const lower = this.words.list[w >> 1] ?? '';
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
    this.weigher.resize(this.idf.length);
    return raw.map((f, i) => {
      raw[i] = undefined; // each text's counts go as soon as it is weighed
      return this.weigher.weigh(f ?? { ids: NO_FEATURES, counts: new Float64Array(0) }, this);
    });
  }

  /** The vector of a new text (a hint, a sentence) in the fitted space. */
  transform(text: string | Analysed): SparseVector {
    const a = typeof text === 'string' ? analyse(text) : text;
    const raw = this.features(this.words.compact(a.tokens, a.language));
    // The text's own words, each as a word and as a part of a compound
    // ("avlösning" in "timavlösning"), -1 where the round has no such feature.
    // Words the whole field uses ("anhöriga") are left out: a reply saying
    // "anhöriga" does not speak of "Gemenskap med andra anhöriga".
    const broad = new Set(BROAD_WORDS.map((w) => `w:${this.canon(stem(w, a.language))}`));
    const words: number[] = [];
    for (const id of raw.ids) {
      const key = this.featureKeys[id] ?? '';
      if (key[0] !== 'w' || broad.has(key)) continue;
      const w = this.featureDim[id] ?? -1;
      const part = this.featureId.get(`c${key.slice(1)}`);
      const c = part === undefined ? -1 : (this.featureDim[part] ?? -1);
      if (w >= 0 || c >= 0) words.push(w, c);
    }
    return { ...this.weigher.weigh(raw, this, true), words: Int32Array.from(words) };
  }

  /** The feature key of an index, for keywords and debugging. */
  keyOf(i: number): string | undefined {
    return this.dimKeys[i];
  }
}
