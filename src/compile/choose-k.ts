import { cutTree, type Merge } from './agglomerate';

/**
 * Mean silhouette (cosine distance) of a cut; items in clusters smaller than
 * `minSize` count as zero, since they will end up in "Övrigt" anyway.
 */
export function silhouette(sim: Float64Array, n: number, labels: readonly number[], minSize: number): number {
  const sizes = new Map<number, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  let total = 0;
  const sums = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const li = labels[i] ?? 0;
    if ((sizes.get(li) ?? 0) < minSize) continue;
    sums.clear();
    for (let j = 0; j < n; j += 1) {
      if (j === i) continue;
      const lj = labels[j] ?? 0;
      sums.set(lj, (sums.get(lj) ?? 0) + 1 - (sim[i * n + j] ?? 0));
    }
    const a = (sums.get(li) ?? 0) / Math.max(1, (sizes.get(li) ?? 1) - 1);
    let b = Infinity;
    for (const [l, s] of sums) {
      const size = sizes.get(l) ?? 0;
      if (l !== li && size >= minSize) b = Math.min(b, s / size);
    }
    if (b !== Infinity) total += (b - a) / Math.max(a, b);
  }
  return total / n;
}

/**
 * The number of themes for a dendrogram. Silhouette on text keeps rising as
 * k grows (every split makes small, tight clusters), so taking its maximum
 * runs to the top of the range. Instead: the smallest k that reaches 90% of
 * the best silhouette in a capped range — the point past which more themes
 * buy little. The cap grows with √n: a round of 30 replies rarely holds more
 * than six or seven themes, one of 3,000 not more than a dozen or so.
 */
export function chooseK(
  sim: Float64Array,
  n: number,
  merges: readonly Merge[],
  minSize: number,
  maxThemes: number,
): number {
  if (n < 4) return 1;
  const kMax = Math.max(2, Math.min(maxThemes, Math.floor(Math.sqrt(n)) + 3, n - 1));
  const scores: number[] = [];
  const largest: number[] = [];
  for (let k = 2; k <= kMax; k += 1) {
    const labels = cutTree(merges, n, k);
    scores.push(silhouette(sim, n, labels, minSize));
    const sizes = new Map<number, number>();
    for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    largest.push(Math.max(...sizes.values()));
  }
  const best = Math.max(...scores);
  if (best <= 0) return 1;
  // A theme that holds most of the round says nothing; among the good cuts,
  // prefer the first whose largest theme is at most half the replies.
  const good = scores.flatMap((s, i) => (s >= 0.9 * best ? [i] : []));
  const isBalanced = (i: number) => (largest[i] ?? n) <= n / 2;
  let balanced = good.find(isBalanced);
  if (balanced === undefined) {
    // No good cut is balanced: the best-scoring balanced one, if any.
    const candidates = scores.flatMap((s, i) => (isBalanced(i) && s > 0 ? [i] : []));
    balanced = candidates.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)[0];
  }
  return (balanced ?? good[0] ?? 0) + 2;
}
