/** A sparse vector: feature indices in ascending order and their weights. */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
  /**
   * Of a vector made from a theme's label and hints: per own word of the
   * text, two indices, the word's and the same stem's as a compound part
   * (-1 where the round has none). Not character grams or concepts. A reply
   * "names" the theme when it has enough of these words.
   */
  words?: Int32Array;
}

export const EMPTY_VECTOR: SparseVector = { idx: new Int32Array(0), val: new Float64Array(0) };

/** Builds a sparse vector from index → weight, dropping zeros. */
export function fromMap(weights: Map<number, number>): SparseVector {
  const entries = [...weights].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
  const idx = new Int32Array(entries.length);
  const val = new Float64Array(entries.length);
  entries.forEach(([i, v], k) => {
    idx[k] = i;
    val[k] = v;
  });
  return { idx, val };
}

export function norm(v: SparseVector): number {
  let s = 0;
  for (let k = 0; k < v.val.length; k += 1) s += (v.val[k] ?? 0) ** 2;
  return Math.sqrt(s);
}

export function normalize(v: SparseVector): SparseVector {
  const n = norm(v);
  if (n === 0) return v;
  return { idx: v.idx, val: v.val.map((x) => x / n) };
}

/** Dot product of two sparse vectors (a merge of their index lists). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const ai = a.idx[i] ?? 0;
    const bj = b.idx[j] ?? 0;
    if (ai === bj) {
      s += (a.val[i] ?? 0) * (b.val[j] ?? 0);
      i += 1;
      j += 1;
    } else if (ai < bj) i += 1;
    else j += 1;
  }
  return s;
}

/** Dot product of a sparse vector with a dense one. */
export function dotDense(a: SparseVector, dense: Float64Array): number {
  const { idx, val } = a;
  const n = idx.length;
  let s = 0;
  // Performance (issue 13): the common case reads no weight out of range,
  // so only the dense side is checked (the same numbers either way).
  if (val.length >= n) {
    for (let k = 0; k < n; k += 1) s += (val[k] as number) * (dense[idx[k] as number] ?? 0);
    return s;
  }
  for (let k = 0; k < n; k += 1) s += (val[k] ?? 0) * (dense[idx[k] ?? 0] ?? 0);
  return s;
}

/** dense += factor * a */
export function addInto(dense: Float64Array, a: SparseVector, factor = 1): void {
  for (let k = 0; k < a.idx.length; k += 1) {
    const i = a.idx[k] ?? 0;
    dense[i] = (dense[i] ?? 0) + factor * (a.val[k] ?? 0);
  }
}

export function normalizeDense(dense: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < dense.length; i += 1) s += (dense[i] as number) * (dense[i] as number);
  const n = Math.sqrt(s);
  if (n > 0) for (let i = 0; i < dense.length; i += 1) dense[i] = (dense[i] ?? 0) / n;
  return dense;
}

/** The normalised mean of some vectors, as a dense centre. */
export function centroid(vectors: readonly SparseVector[], dim: number): Float64Array {
  const c = new Float64Array(dim);
  for (const v of vectors) addInto(c, v);
  return normalizeDense(c);
}
