import type { SparseVector } from './sparse-vector';

/**
 * The weights of the feature blocks in a reply's vector. Each block is
 * TF-IDF weighted and normalised on its own before they are mixed, so none
 * drowns the others:
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
export const BLOCK_ORDER: readonly Block[] = ['w', 'c', 'g', 'k', 'a'];
/** How much a text's own words (seen nowhere else) count in its length, per block. */
const RARE_SHARE: Record<Block, number> = { w: 1, c: 0, g: 0, k: 0, a: 0 };
const RARE_SHARE_BY_BLOCK = BLOCK_ORDER.map((b) => RARE_SHARE[b]);
/** Entries per block of vectors (see VectorWeigher.take). */
const VECTOR_BLOCK = 1 << 15;

/** Raw feature counts of one text: feature ids in the order the text first shows them, with their counts. */
export interface RawFeatures {
  ids: Int32Array;
  counts: Float64Array;
}

/** What the vectoriser learnt from a round: per feature id its block and dimension (-1: none), per dimension its IDF. */
export interface FeatureSpace {
  readonly featureBlock: readonly number[];
  readonly featureDim: readonly number[];
  readonly idf: readonly number[];
  /** IDF of a feature seen in one text only (or never): it counts in a vector's length. */
  readonly rareIdf: number;
}

/**
 * Turns a text's raw feature counts into its unit-length vector in a fitted
 * space: sublinear counts times IDF, each block scaled to its weight, rare
 * features counted in the length only. Keeps its scratch buffers between
 * texts, and hands out vectors as views into shared blocks.
 */
export class VectorWeigher {
  constructor(private readonly weights: Readonly<Record<Block, number>> = BLOCK_WEIGHT) {}

  /** Per dimension, a vector's weight before its entries are sorted. */
  private byDim = new Float64Array(0);
  /** A text's entries, and the sums and scales per block. */
  private entryDims = new Int32Array(0);
  private entryWeights = new Float64Array(0);
  private entryBlocks = new Uint8Array(0);
  private readonly blockSums = new Float64Array(BLOCK_ORDER.length);
  private readonly blockScales = new Float64Array(BLOCK_ORDER.length);
  /** The block take() hands out vectors from. */
  private block = { idx: new Int32Array(0), val: new Float64Array(0), used: 0 };

  /** After a fit: room for every dimension of the space. */
  resize(dimension: number): void {
    this.byDim = new Float64Array(dimension);
  }

  /** `strict`: every unknown feature counts in full in the length (new texts, seeds). */
  weigh(raw: RawFeatures, space: FeatureSpace, strict = false): SparseVector {
    const m = this.weighEntries(raw, space, strict);
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
  private weighEntries(raw: RawFeatures, space: FeatureSpace, strict: boolean): number {
    const { ids, counts } = raw;
    if (this.entryDims.length < ids.length) {
      this.entryDims = new Int32Array(ids.length * 2);
      this.entryWeights = new Float64Array(ids.length * 2);
      this.entryBlocks = new Uint8Array(ids.length * 2);
    }
    const { entryDims: dims, entryWeights: weights, entryBlocks: blocks } = this;
    const { featureBlock, featureDim, idf, rareIdf } = space;
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
        sums[b] = (sums[b] as number) + (strict ? 1 : (RARE_SHARE_BY_BLOCK[b] as number)) * (tf * rareIdf) ** 2;
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
}
