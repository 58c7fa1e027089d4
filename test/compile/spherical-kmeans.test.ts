import { similarityMatrix } from '../../src/compile/agglomerate';
import { seededRandom } from '../../src/compile/seeded-random';
import { fromMap, normalize, type SparseVector } from '../../src/compile/sparse-vector';
import { sphericalKMeans } from '../../src/compile/spherical-kmeans';

/** Items around `k` well-separated directions: item i belongs to i % k. */
function themed(n: number, k: number, seed: number): SparseVector[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const base = (i % k) * 10;
    const m = new Map<number, number>();
    for (let f = 0; f < 4; f += 1) m.set(base + f, 0.5 + random());
    m.set(100 + Math.floor(random() * 5), 0.2);
    return normalize(fromMap(m));
  });
}

const sameGrouping = (a: readonly number[], b: readonly number[]) =>
  a.every((_, i) => a.every((__, j) => (a[i] === a[j]) === (b[i] === b[j])));

describe('sphericalKMeans', () => {
  it('finds well-separated themes from its own seeds', () => {
    const n = 30;
    const sim = similarityMatrix(themed(n, 3, 1));
    const result = sphericalKMeans(sim, n, 3, { seed: 7, restarts: 4 });
    expect(sameGrouping(result.labels, Array.from({ length: n }, (_, i) => i % 3))).toBe(true);
    // Each item's cosine to its centre is at most one.
    expect(result.objective).toBeGreaterThan(0);
    expect(result.objective).toBeLessThanOrEqual(n + 1e-9);
  });

  it('gives labels in 0..k-1 with no cluster empty, for every k up to n', () => {
    const n = 12;
    const sim = similarityMatrix(themed(n, 4, 2));
    for (let k = 1; k <= n; k += 1) {
      const { labels } = sphericalKMeans(sim, n, k, { seed: 3, restarts: 2 });
      expect(labels).toHaveLength(n);
      expect(labels.every((l) => Number.isInteger(l) && l >= 0 && l < k)).toBe(true);
      expect(new Set(labels).size).toBe(k);
    }
  });

  it('is the same every run for the same seed', () => {
    const n = 40;
    const sim = similarityMatrix(themed(n, 5, 9));
    const a = sphericalKMeans(sim, n, 5, { seed: 42, restarts: 3 });
    expect(sphericalKMeans(sim, n, 5, { seed: 42, restarts: 3 })).toEqual(a);
  });

  it('keeps a given start when it is already the tightest, and never does worse than a start', () => {
    const n = 18;
    const sim = similarityMatrix(themed(n, 3, 4));
    const truth = Array.from({ length: n }, (_, i) => i % 3);
    const fromTruth = sphericalKMeans(sim, n, 3, { seed: 1, restarts: 0, starts: [truth] });
    expect(fromTruth.labels).toEqual(truth);
    const poor = Array.from({ length: n }, (_, i) => Math.floor(i / 6));
    const fromPoor = sphericalKMeans(sim, n, 3, { seed: 1, restarts: 0, starts: [poor], maxIter: 1 });
    const both = sphericalKMeans(sim, n, 3, { seed: 1, restarts: 0, starts: [poor, truth] });
    expect(both.objective).toBeGreaterThanOrEqual(fromPoor.objective);
    expect(both.objective).toBeCloseTo(fromTruth.objective, 12);
  });

  it('puts everything in one cluster when it has no start at all', () => {
    const sim = similarityMatrix(themed(5, 2, 1));
    expect(sphericalKMeans(sim, 5, 2, { seed: 1, restarts: 0 })).toEqual({ labels: [0, 0, 0, 0, 0], objective: 0 });
  });

  it('copes with items that have no features (all-zero rows)', () => {
    const vectors = [...themed(6, 2, 5), fromMap(new Map()), fromMap(new Map())];
    const n = vectors.length;
    const { labels } = sphericalKMeans(similarityMatrix(vectors), n, 2, { seed: 5, restarts: 2 });
    expect(labels).toHaveLength(n);
    expect(labels.every((l) => l === 0 || l === 1)).toBe(true);
  });
});
