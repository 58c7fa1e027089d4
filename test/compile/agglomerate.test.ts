import { agglomerate, cutTree, similarityMatrix } from '../../src/compile/agglomerate';
import { seededRandom } from '../../src/compile/seeded-random';
import { dot, fromMap, normalize, type SparseVector } from '../../src/compile/sparse-vector';

const vec = (weights: Record<number, number>): SparseVector =>
  normalize(fromMap(new Map(Object.entries(weights).map(([k, v]) => [Number(k), v]))));

/** Random sparse unit vectors over `dim` features, the same every run. */
function randomVectors(n: number, dim: number, seed: number): SparseVector[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const m = new Map<number, number>();
    for (let k = 0; k < 4; k += 1) m.set(Math.floor(random() * dim), random() + 0.1);
    return normalize(fromMap(m));
  });
}

// Two themes: items 0, 2, 4 share features 0–1; items 1, 3, 5 share 5–6.
const TWO_THEMES = [vec({ 0: 1, 1: 0.9 }), vec({ 5: 1, 6: 0.8 }), vec({ 0: 0.8, 1: 1, 2: 0.2 }), vec({ 5: 0.9, 6: 1 }), vec({ 0: 1, 1: 1 }), vec({ 5: 1, 6: 1, 7: 0.1 })];

describe('similarityMatrix', () => {
  it('holds the dot product of every pair, symmetric, with each vector’s squared length on the diagonal', () => {
    const vectors = [...randomVectors(9, 30, 3), fromMap(new Map([[2, 0.5]]))];
    const n = vectors.length;
    const m = similarityMatrix(vectors);
    expect(m).toHaveLength(n * n);
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        expect(m[i * n + j]).toBeCloseTo(dot(vectors[i] as SparseVector, vectors[j] as SparseVector), 12);
        expect(m[i * n + j]).toBe(m[j * n + i]);
      }
    }
    // An unnormalised vector keeps its own length: 0.5² on its diagonal.
    expect(m[(n - 1) * n + (n - 1)]).toBeCloseTo(0.25, 12);
  });

  it('is zero for vectors without a feature, and empty for no vectors', () => {
    const empty = fromMap(new Map());
    const m = similarityMatrix([empty, vec({ 1: 1 }), empty]);
    expect([...m]).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(similarityMatrix([])).toHaveLength(0);
  });
});

describe('agglomerate', () => {
  it('makes n-1 merges that join every item once, at similarities that never rise (average linkage)', () => {
    const vectors = randomVectors(25, 40, 11);
    const n = vectors.length;
    const merges = agglomerate(similarityMatrix(vectors), n);
    expect(merges).toHaveLength(n - 1);
    const used = new Set<number>();
    merges.forEach((m, step) => {
      for (const id of [m.a, m.b]) {
        expect(id).toBeLessThan(n + step);
        expect(used.has(id)).toBe(false);
        used.add(id);
      }
      if (step > 0) expect(m.sim).toBeLessThanOrEqual((merges[step - 1]?.sim ?? Infinity) + 1e-12);
    });
    // Everything but the last cluster made has been merged into another.
    expect(used.size).toBe(2 * n - 2);
    expect(used.has(2 * n - 2)).toBe(false);
  });

  it('merges the most similar pair first, at their similarity', () => {
    const sim = similarityMatrix(TWO_THEMES);
    const [first] = agglomerate(sim, TWO_THEMES.length);
    let best = -Infinity;
    for (let i = 0; i < 6; i += 1) for (let j = i + 1; j < 6; j += 1) best = Math.max(best, sim[i * 6 + j] as number);
    expect(first?.sim).toBeCloseTo(best, 12);
    expect(sim[(first?.a ?? 0) * 6 + (first?.b ?? 0)]).toBeCloseTo(best, 12);
  });

  it('leaves the input matrix as it was, and gives the same merges every run', () => {
    const sim = similarityMatrix(randomVectors(15, 20, 5));
    const copy = Float64Array.from(sim);
    const a = agglomerate(sim, 15);
    expect(sim).toEqual(copy);
    expect(agglomerate(sim, 15)).toEqual(a);
  });

  it('makes no merge of one item or none', () => {
    expect(agglomerate(new Float64Array([1]), 1)).toEqual([]);
    expect(agglomerate(new Float64Array(0), 0)).toEqual([]);
  });
});

describe('cutTree', () => {
  it('cuts two clear themes apart at k = 2, labelled in order of first item', () => {
    const merges = agglomerate(similarityMatrix(TWO_THEMES), 6);
    expect(cutTree(merges, 6, 2)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('gives k clusters for every k from 1 to n, and labels 0..k-1 by first appearance', () => {
    const n = 20;
    const merges = agglomerate(similarityMatrix(randomVectors(n, 25, 8)), n);
    for (let k = 1; k <= n; k += 1) {
      const labels = cutTree(merges, n, k);
      expect(labels).toHaveLength(n);
      expect(new Set(labels).size).toBe(k);
      let next = 0;
      for (const l of labels) {
        expect(l).toBeLessThanOrEqual(next);
        if (l === next) next += 1;
      }
    }
    expect(cutTree(merges, n, 1).every((l) => l === 0)).toBe(true);
    expect(cutTree(merges, n, n)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('nests: two items together at k stay together at every smaller k', () => {
    const n = 16;
    const merges = agglomerate(similarityMatrix(randomVectors(n, 20, 21)), n);
    for (let k = n; k > 1; k -= 1) {
      const fine = cutTree(merges, n, k);
      const coarse = cutTree(merges, n, k - 1);
      for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) if (fine[i] === fine[j]) expect(coarse[i]).toBe(coarse[j]);
    }
  });

  it('takes a k past the items or below one as the nearest it can do', () => {
    const merges = agglomerate(similarityMatrix(TWO_THEMES), 6);
    expect(cutTree(merges, 6, 99)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cutTree(merges, 6, 0)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
