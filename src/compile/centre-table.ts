import type { SparseVector } from './sparse-vector';

/**
 * Dense centres side by side, dimension-major, to find the nearest centre
 * (largest dot product) of many sparse vectors. Performance (issue 13): a
 * vector's entry reads every centre's weight from one place instead of from
 * a dense array per centre; each centre's sum still adds the same terms in
 * the same order as dotDense does, so every similarity is the same number.
 */
export class CentreTable {
  private readonly table: Float64Array;
  private readonly sums: Float64Array;
  private readonly count: number;

  constructor(
    centres: readonly Float64Array[],
    private readonly dim: number,
  ) {
    const k = centres.length;
    this.count = k;
    this.table = new Float64Array(dim * k);
    this.sums = new Float64Array(k);
    centres.forEach((c, j) => {
      // A centre shorter than the space reads as zeros past its end, as dotDense reads it.
      const n = Math.min(c.length, dim);
      for (let i = 0; i < n; i += 1) this.table[i * k + j] = c[i] as number;
    });
  }

  /**
   * The first centre with the largest similarity to `v` and that similarity
   * ({ index: -1, sim: -Infinity } without centres): as comparing dotDense
   * with each centre in turn, keeping a later one only when it is larger.
   */
  nearest(v: SparseVector): { index: number; sim: number } {
    const { table, sums, count: k, dim } = this;
    sums.fill(0);
    const { idx, val } = v;
    for (let e = 0; e < idx.length; e += 1) {
      const i = idx[e] as number;
      const w = val[e] ?? 0;
      if (i < 0 || i >= dim) {
        // Past the space: every centre reads zero there.
        for (let j = 0; j < k; j += 1) sums[j] = (sums[j] as number) + w * 0;
        continue;
      }
      const row = i * k;
      for (let j = 0; j < k; j += 1) sums[j] = (sums[j] as number) + w * (table[row + j] as number);
    }
    let index = -1;
    let sim = -Infinity;
    for (let j = 0; j < k; j += 1) {
      const s = sums[j] as number;
      if (s > sim) {
        sim = s;
        index = j;
      }
    }
    return { index, sim };
  }
}
