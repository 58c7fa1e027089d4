import { dropOutliers, FIT_MIN } from '../../src/compile/drop-outliers';

/** A symmetric similarity matrix of n unit vectors from its upper triangle. */
function matrix(n: number, pairs: Record<string, number>): Float64Array {
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) sim[i * n + i] = 1;
  for (const [key, value] of Object.entries(pairs)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    sim[i * n + j] = value;
    sim[j * n + i] = value;
  }
  return sim;
}

describe('dropOutliers', () => {
  it('takes out an item that shares nothing with the rest of its cluster, and keeps the others', () => {
    // 0, 1 and 2 talk about the same; 3 ("Glöm inte parkeringstillståndet") about nothing of theirs.
    const sim = matrix(4, { '0-1': 0.8, '0-2': 0.7, '1-2': 0.75 });
    expect(dropOutliers(sim, 4, [0, 0, 0, 0])).toEqual([0, 0, 0, -1]);
  });

  it('judges each item against its own cluster only', () => {
    const sim = matrix(4, { '0-1': 0.9, '2-3': 0.6, '0-2': 0 });
    expect(dropOutliers(sim, 4, [0, 0, 1, 1])).toEqual([0, 0, 1, 1]);
  });

  it('takes out an item alone in its cluster (it has no others to fit), and follows the threshold given', () => {
    const sim = matrix(3, { '0-1': 0.9, '0-2': 0.02, '1-2': 0.02 });
    expect(dropOutliers(sim, 3, [0, 0, 1])).toEqual([0, 0, -1]);
    // 2 with 0 and 1: a fit of about 0.02, below FIT_MIN but above a lower threshold.
    expect(dropOutliers(sim, 3, [0, 0, 0])[2]).toBe(-1);
    expect(FIT_MIN).toBeGreaterThan(0.02);
    expect(dropOutliers(sim, 3, [0, 0, 0], 0.01)).toEqual([0, 0, 0]);
  });
});
