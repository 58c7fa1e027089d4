import { cutTree, type Merge } from './agglomerate';
import { sphericalKMeans } from './spherical-kmeans';

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
 * Calinski–Harabasz index of a partition, from the similarity matrix alone
 * (dot products, diagonal = each vector's squared length): between-cluster
 * spread per degree of freedom over within-cluster spread per degree of
 * freedom. Unlike silhouette, it does not reward splitting a theme into
 * small tight shards, so on text it falls as k grows past the real themes.
 */
export function calinskiHarabasz(sim: Float64Array, n: number, labels: readonly number[]): number {
  const k = new Set(labels).size;
  if (k < 2 || k >= n) return 0;
  let self = 0;
  let all = 0;
  const block = new Map<number, number>();
  const size = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    self += sim[i * n + i] ?? 0;
    const li = labels[i] ?? 0;
    size.set(li, (size.get(li) ?? 0) + 1);
    for (let j = 0; j < n; j += 1) {
      const s = sim[i * n + j] ?? 0;
      all += s;
      if (labels[j] === li) block.set(li, (block.get(li) ?? 0) + s);
    }
  }
  let explained = 0;
  for (const [l, b] of block) explained += b / (size.get(l) ?? 1);
  const within = self - explained;
  const between = explained - all / n;
  if (within <= 1e-12) return Infinity;
  return between / (k - 1) / (within / (n - k));
}

/** How close to the best Calinski–Harabasz score a larger k must stay to be preferred. */
const CH_TOLERANCE = 0.9;
/** k-means++ restarts per k: many on a small round, where one unlucky start moves CH most; fewer on big samples. */
const restartsFor = (n: number) => Math.max(3, Math.min(20, Math.floor(1200 / n)));

/**
 * The number of themes and the partition. For each k in a capped range,
 * spherical k-means (started from the average-linkage cut and from seeded
 * k-means++ restarts, the tightest kept) gives a partition; the chosen k is
 * the largest whose Calinski–Harabasz score stays within 90% of the best.
 * CH on text is highest at small k and falls slowly while splits still
 * separate real themes, then faster: the largest k that holds up keeps the
 * themes a reader would tell apart without cutting one in shards. Silhouette
 * alone runs to the top of the range instead. A round with no structure at
 * all (the best cut has no positive silhouette) stays one theme.
 */
export function chooseK(
  sim: Float64Array,
  n: number,
  merges: readonly Merge[],
  minSize: number,
  maxThemes: number,
): { k: number; labels: number[] } {
  const one = { k: 1, labels: new Array<number>(n).fill(0) };
  if (n < 4) return one;
  const kMax = Math.max(2, Math.min(maxThemes, Math.floor(Math.sqrt(n)) + 3, n - 1));
  const candidates: { k: number; labels: number[]; ch: number }[] = [];
  for (let k = 2; k <= kMax; k += 1) {
    const { labels } = sphericalKMeans(sim, n, k, {
      seed: 0x5eed + k,
      restarts: restartsFor(n),
      starts: [cutTree(merges, n, k)],
    });
    candidates.push({ k, labels, ch: calinskiHarabasz(sim, n, labels) });
  }
  const best = Math.max(...candidates.map((c) => c.ch));
  if (!(best > 0)) return one;
  const chosen = [...candidates].reverse().find((c) => c.ch >= CH_TOLERANCE * best) ?? candidates[0];
  if (!chosen || silhouette(sim, n, chosen.labels, minSize) <= 0) return one;
  return { k: chosen.k, labels: chosen.labels };
}
