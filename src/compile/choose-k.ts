import { cutTree, type Merge } from './agglomerate';
import { sphericalKMeans } from './spherical-kmeans';

/**
 * Mean silhouette (cosine distance) of a cut; items in clusters smaller than
 * `minSize` count as zero, since they will end up in "Övrigt" anyway.
 */
export function silhouette(sim: Float64Array, n: number, labels: readonly number[], minSize: number): number {
  // Performance (issue 13): labels as dense indices (in order of first use)
  // and per-label sums in an array instead of maps; each sum adds the same
  // terms in the same order, and a minimum does not depend on order.
  const { index, count } = denseLabels(labels, n);
  const sizes = new Float64Array(count);
  for (let i = 0; i < n; i += 1) sizes[index[i] as number] = (sizes[index[i] as number] as number) + 1;
  let total = 0;
  const sums = new Float64Array(count);
  for (let i = 0; i < n; i += 1) {
    const li = index[i] as number;
    if ((sizes[li] as number) < minSize) continue;
    sums.fill(0);
    const row = i * n;
    for (let j = 0; j < n; j += 1) {
      if (j === i) continue;
      const lj = index[j] as number;
      sums[lj] = (sums[lj] as number) + 1 - (sim[row + j] ?? 0);
    }
    const a = (sums[li] as number) / Math.max(1, (sizes[li] as number) - 1);
    let b = Infinity;
    for (let l = 0; l < count; l += 1) {
      const size = sizes[l] as number;
      if (l !== li && size >= minSize) b = Math.min(b, (sums[l] as number) / size);
    }
    if (b !== Infinity) total += (b - a) / Math.max(a, b);
  }
  return total / n;
}

/** Each of the n items' label as an index 0..count-1, numbered in order of first use. */
function denseLabels(labels: readonly number[], n: number): { index: Int32Array; count: number } {
  const index = new Int32Array(n);
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const l = labels[i] ?? 0;
    let d = seen.get(l);
    if (d === undefined) {
      d = seen.size;
      seen.set(l, d);
    }
    index[i] = d;
  }
  return { index, count: seen.size };
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
  // Performance (issue 13): per-cluster sums in an array over labels numbered
  // in order of first use (the order the sums were once kept in a map), each
  // adding the same terms in the same order.
  const { index, count } = denseLabels(labels, n);
  let self = 0;
  let all = 0;
  const block = new Float64Array(count);
  const size = new Float64Array(count);
  for (let i = 0; i < n; i += 1) {
    self += sim[i * n + i] ?? 0;
    const li = index[i] as number;
    size[li] = (size[li] as number) + 1;
    let inBlock = block[li] as number;
    const row = i * n;
    for (let j = 0; j < n; j += 1) {
      const s = sim[row + j] ?? 0;
      all += s;
      if (index[j] === li) inBlock += s;
    }
    block[li] = inBlock;
  }
  let explained = 0;
  for (let l = 0; l < count; l += 1) explained += (block[l] as number) / ((size[l] as number) || 1);
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
