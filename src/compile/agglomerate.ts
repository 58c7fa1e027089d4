import { dot, type SparseVector } from './sparse-vector';

/** One merge of the dendrogram: clusters `a` and `b` joined at similarity `sim`. */
export interface Merge {
  a: number;
  b: number;
  sim: number;
}

/**
 * Dot products of all pairs, as a flat n×n matrix. Only for bounded n. The
 * diagonal holds each vector's own squared length (at most one: features
 * seen in one reply only shorten it), which k-means on the matrix needs.
 */
export function similarityMatrix(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const m = new Float64Array(n * n);
  // Performance (issue 13): pairs are found through the features they share
  // (a list per feature of the vectors holding it), so a pair costs its
  // shared features only, not a pass over a whole vector: most pairs share
  // few. Each row's vector is read in ascending index order, so every pair
  // adds the same products in the same order as dot() does, from zero:
  // every entry is the same to the last bit.
  let dim = 0;
  let total = 0;
  for (const v of vectors) {
    if (!v) continue;
    total += v.idx.length;
    if (v.idx.length > 0) dim = Math.max(dim, (v.idx[v.idx.length - 1] as number) + 1);
  }
  // Postings: per feature f, the vectors holding it (ascending) and their
  // weights, at [start[f], start[f + 1]).
  const start = new Int32Array(dim + 1);
  for (const v of vectors) {
    if (!v) continue;
    for (let k = 0; k < v.idx.length; k += 1) {
      const f = (v.idx[k] as number) + 1;
      start[f] = (start[f] as number) + 1;
    }
  }
  for (let f = 0; f < dim; f += 1) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const next = start.slice(0, dim);
  const holder = new Int32Array(total);
  const weight = new Float64Array(total);
  for (let j = 0; j < n; j += 1) {
    const v = vectors[j];
    if (!v) continue;
    for (let k = 0; k < v.idx.length; k += 1) {
      const f = v.idx[k] as number;
      const at = next[f] as number;
      holder[at] = j;
      weight[at] = v.val[k] as number;
      next[f] = at + 1;
    }
  }
  // next[f] now walks each list: at row i, it points at row i's own entry.
  next.set(start.subarray(0, dim));
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const vi = vectors[i];
    if (!vi) continue;
    m[i * n + i] = dot(vi, vi);
    rowSums(vi, start, next, holder, weight, sums);
    for (let j = i + 1; j < n; j += 1) {
      const s = sums[j] as number;
      m[i * n + j] = s;
      m[j * n + i] = s;
      sums[j] = 0;
    }
  }
  return m;
}

/** sums[j] += v_f · w_jf over the features f of `v` (ascending) and the later vectors j holding each. */
function rowSums(
  v: SparseVector,
  start: Int32Array,
  next: Int32Array,
  holder: Int32Array,
  weight: Float64Array,
  sums: Float64Array,
): void {
  for (let k = 0; k < v.idx.length; k += 1) {
    const f = v.idx[k] as number;
    const x = v.val[k] as number;
    const own = next[f] as number;
    next[f] = own + 1;
    const end = start[f + 1] as number;
    for (let q = own + 1; q < end; q += 1) {
      const j = holder[q] as number;
      sums[j] = (sums[j] as number) + x * (weight[q] as number);
    }
  }
}

/**
 * Average-linkage agglomerative clustering: the similarity of two clusters
 * is the mean similarity of their members, which neither chains long thin
 * clusters (single linkage) nor splits a loose theme (complete linkage).
 * Returns the n-1 merges; cluster ids are 0..n-1 for items, then n, n+1, …
 * for each merge in order. O(n²) memory and about O(n³) time in the worst
 * case, so callers give it at most a few hundred items.
 */
export function agglomerate(sim: Float64Array, n: number): Merge[] {
  const s = Float64Array.from(sim);
  const size = new Array<number>(n).fill(1);
  const id = Array.from({ length: n }, (_, i) => i);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  // Performance (issue 13): each row keeps its best pair (the largest value
  // right of the diagonal, the first on ties), and a row is scanned again
  // only when a merge touched its best; the pair taken is then the first row
  // holding the largest value, which is the pair a scan of the whole upper
  // triangle finds (ties still go to the lowest pair).
  const rowBest = new Float64Array(n);
  const rowArg = new Int32Array(n);
  const scan = (i: number) => {
    let best = -Infinity;
    let arg = -1;
    const row = i * n;
    for (let j = i + 1; j < n; j += 1) {
      if (active[j] !== 1) continue;
      const v = s[row + j] as number;
      if (v > best) {
        best = v;
        arg = j;
      }
    }
    rowBest[i] = best;
    rowArg[i] = arg;
  };
  for (let i = 0; i < n; i += 1) scan(i);
  for (let step = 0; step < n - 1; step += 1) {
    let bi = -1;
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i += 1) {
      if (active[i] !== 1 || rowArg[i] === -1) continue;
      const v = rowBest[i] as number;
      if (v > best) {
        best = v;
        bi = i;
        bj = rowArg[i] as number;
      }
    }
    if (bi < 0) break;
    const si = size[bi] ?? 1;
    const sj = size[bj] ?? 1;
    for (let k = 0; k < n; k += 1) {
      if (active[k] !== 1 || k === bi || k === bj) continue;
      const v = (si * (s[bi * n + k] ?? 0) + sj * (s[bj * n + k] ?? 0)) / (si + sj);
      s[bi * n + k] = v;
      s[k * n + bi] = v;
    }
    merges.push({ a: id[bi] ?? bi, b: id[bj] ?? bj, sim: best });
    active[bj] = 0;
    size[bi] = si + sj;
    id[bi] = n + step;
    // Rows above bi: their value at bi changed and bj is gone.
    for (let i = 0; i < bi; i += 1) {
      if (active[i] !== 1) continue;
      const arg = rowArg[i] as number;
      if (arg === bi || arg === bj) scan(i);
      else {
        const v = s[i * n + bi] as number;
        const b = rowBest[i] as number;
        if (v > b || (v === b && bi < arg)) {
          rowBest[i] = v;
          rowArg[i] = bi;
        }
      }
    }
    scan(bi);
    // Rows between bi and bj: only bj is gone.
    for (let i = bi + 1; i < bj; i += 1) if (active[i] === 1 && rowArg[i] === bj) scan(i);
  }
  return merges;
}

/** Item labels (0..k-1, in order of first item) when the dendrogram is cut into k clusters. */
export function cutTree(merges: readonly Merge[], n: number, k: number): number[] {
  const parent = Array.from({ length: 2 * n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const steps = Math.max(0, Math.min(merges.length, n - k));
  for (let t = 0; t < steps; t += 1) {
    const m = merges[t];
    if (!m) break;
    parent[find(m.a)] = n + t;
    parent[find(m.b)] = n + t;
  }
  const names = new Map<number, number>();
  return Array.from({ length: n }, (_, i) => {
    const r = find(i);
    let label = names.get(r);
    if (label === undefined) {
      label = names.size;
      names.set(r, label);
    }
    return label;
  });
}
