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
  // Each row's vector is spread into a dense array once, so a pair costs one
  // pass over the other vector instead of a merge of both index lists. The
  // products are the same and are added in the same (ascending index) order
  // as dot() adds them, so every entry is the same to the last bit.
  let dim = 0;
  for (const v of vectors) if (v && v.idx.length > 0) dim = Math.max(dim, (v.idx[v.idx.length - 1] as number) + 1);
  const dense = new Float64Array(dim);
  for (let i = 0; i < n; i += 1) {
    const vi = vectors[i];
    if (!vi) continue;
    m[i * n + i] = dot(vi, vi);
    for (let k = 0; k < vi.idx.length; k += 1) dense[vi.idx[k] as number] = vi.val[k] as number;
    for (let j = i + 1; j < n; j += 1) {
      const vj = vectors[j];
      if (!vj) continue;
      let s = 0;
      const { idx, val } = vj;
      for (let k = 0; k < idx.length; k += 1) {
        const x = dense[idx[k] as number] as number;
        if (x !== 0) s += x * (val[k] as number);
      }
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
    for (let k = 0; k < vi.idx.length; k += 1) dense[vi.idx[k] as number] = 0;
  }
  return m;
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
