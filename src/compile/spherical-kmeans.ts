import { seededRandom } from './seeded-random';

export interface KMeansResult {
  labels: number[];
  /** Sum over items of the cosine to their cluster's centre; higher is tighter. */
  objective: number;
}

/**
 * Spherical k-means worked on a similarity matrix (dot products of the
 * vectors, diagonal included): an item's cosine to a cluster's centre is
 * Σ sim(i, m) / ‖Σ v_m‖, and ‖Σ v_m‖² is the sum of the cluster's block of
 * the matrix. Each pass is O(n²) whatever the number of features, which keeps
 * trying every k of a range, several times, cheap on a few hundred items.
 *
 * Restarts: the given starting partitions (an average-linkage cut, say), then
 * k-means++ seeds from a fixed-seed generator. The tightest result wins, so
 * the outcome is the same every run.
 */
export function sphericalKMeans(
  sim: Float64Array,
  n: number,
  k: number,
  opts: { seed: number; restarts: number; starts?: readonly (readonly number[])[]; maxIter?: number },
): KMeansResult {
  const random = seededRandom(opts.seed);
  let best: KMeansResult | null = null;
  const starts: (readonly number[])[] = [...(opts.starts ?? [])];
  for (let r = 0; r < opts.restarts; r += 1) starts.push(plusPlus(sim, n, k, random));
  const symmetric = isSymmetric(sim, n);
  for (const start of starts) {
    const result = refine(sim, n, k, start, opts.maxIter ?? 20, symmetric);
    if (!best || result.objective > best.objective + 1e-12) best = result;
  }
  return best ?? { labels: new Array<number>(n).fill(0), objective: 0 };
}

/** Whether sim(i, m) and sim(m, i) are the same number everywhere (a similarity matrix is). */
function isSymmetric(sim: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i += 1) {
    for (let m = i + 1; m < n; m += 1) if (sim[i * n + m] !== sim[m * n + i]) return false;
  }
  return true;
}

/** k-means++ seeding on cosine distance, returned as the partition it induces. */
function plusPlus(sim: Float64Array, n: number, k: number, random: () => number): number[] {
  const seeds = [Math.floor(random() * n)];
  const dist = new Float64Array(n).fill(Infinity);
  while (seeds.length < Math.min(k, n)) {
    const last = seeds[seeds.length - 1] ?? 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      dist[i] = Math.min(dist[i] ?? Infinity, Math.max(0, 1 - (sim[i * n + last] ?? 0)));
      total += (dist[i] ?? 0) ** 2;
    }
    let pick = -1;
    let target = random() * total;
    for (let i = 0; i < n && total > 0; i += 1) {
      target -= (dist[i] ?? 0) ** 2;
      if (target <= 0 && !seeds.includes(i)) {
        pick = i;
        break;
      }
    }
    if (pick < 0) pick = [...Array(n).keys()].find((i) => !seeds.includes(i)) ?? 0;
    seeds.push(pick);
  }
  return Array.from({ length: n }, (_, i) => {
    let label = 0;
    let s = -Infinity;
    seeds.forEach((c, j) => {
      const v = sim[i * n + c] ?? 0;
      if (v > s) {
        s = v;
        label = j;
      }
    });
    return label;
  });
}

/**
 * Lloyd iterations from `start` (labels in 0..k-1). Performance (issue 13):
 * Σ sim(i, m) over a cluster's members is kept per cluster and item, and
 * worked out again only for the clusters whose members changed; each sum
 * adds the same terms in the same order (members ascending, from zero) as a
 * pass over every member would, so every sum, and every choice made on it,
 * is the same to the last bit.
 */
function refine(
  sim: Float64Array,
  n: number,
  k: number,
  start: readonly number[],
  maxIter: number,
  symmetric: boolean,
): KMeansResult {
  let labels = [...start];
  let objective = 0;
  // Cluster-major: toCluster[c * n + i] = Σ sim(i, m) over cluster c's members m.
  const toCluster = new Float64Array(k * n);
  const dirty = new Uint8Array(k);
  const order = new Int32Array(n);
  const from = new Int32Array(k + 1);
  const fill = new Int32Array(k);
  let previous: readonly number[] | null = null;
  for (let iter = 0; iter < maxIter; iter += 1) {
    if (previous) {
      dirty.fill(0);
      for (let m = 0; m < n; m += 1) {
        const was = previous[m] ?? 0;
        const is = labels[m] ?? 0;
        if (was !== is) {
          dirty[was] = 1;
          dirty[is] = 1;
        }
      }
    } else dirty.fill(1);
    // Members of each cluster in ascending order (a counting sort by label):
    // order[from[c]..from[c+1]) are cluster c's items.
    from.fill(0);
    for (let m = 0; m < n; m += 1) {
      const at = (labels[m] ?? 0) + 1;
      from[at] = (from[at] as number) + 1;
    }
    for (let c = 0; c < k; c += 1) from[c + 1] = (from[c + 1] as number) + (from[c] as number);
    fill.set(from.subarray(0, k));
    for (let m = 0; m < n; m += 1) {
      const c = labels[m] ?? 0;
      order[fill[c] as number] = m;
      fill[c] = (fill[c] as number) + 1;
    }
    for (let c = 0; c < k; c += 1) {
      if (dirty[c] === 1) clusterSums(sim, n, order, from[c] as number, from[c + 1] as number, toCluster, c * n, symmetric);
    }
    const length = new Float64Array(k);
    for (let m = 0; m < n; m += 1) {
      const c = labels[m] ?? 0;
      length[c] = (length[c] ?? 0) + (toCluster[c * n + m] ?? 0);
    }
    for (let c = 0; c < k; c += 1) length[c] = Math.sqrt(Math.max(0, length[c] ?? 0));
    objective = 0;
    const next = labels.map((_, i) => {
      let label = -1;
      let s = -Infinity;
      for (let c = 0; c < k; c += 1) {
        if ((length[c] ?? 0) === 0) continue;
        const v = (toCluster[c * n + i] ?? 0) / (length[c] ?? 1);
        if (v > s + 1e-12) {
          s = v;
          label = c;
        }
      }
      objective += Math.max(0, s);
      return Math.max(label, 0);
    });
    // A cluster left empty takes the item that fits its own cluster worst.
    const sizes = new Array<number>(k).fill(0);
    for (const l of next) sizes[l] = (sizes[l] ?? 0) + 1;
    for (let c = 0; c < k; c += 1) {
      if ((sizes[c] ?? 0) > 0) continue;
      let worst = -1;
      let worstSim = Infinity;
      next.forEach((l, i) => {
        const v = (toCluster[l * n + i] ?? 0) / ((length[l] ?? 0) || 1);
        if ((sizes[l] ?? 0) > 1 && v < worstSim) {
          worstSim = v;
          worst = i;
        }
      });
      if (worst < 0) break;
      sizes[next[worst] ?? 0] = (sizes[next[worst] ?? 0] ?? 1) - 1;
      next[worst] = c;
      sizes[c] = 1;
    }
    const same = next.every((l, i) => l === labels[i]);
    previous = labels;
    labels = next;
    if (same) break;
  }
  return { labels, objective };
}

/**
 * out[at + i] = Σ sim(i, m) over the members m = order[b..e), added in that
 * order from zero, for every item i. The hot loop of the whole compile. On a
 * symmetric matrix a member's row stands in for its column (the same
 * numbers), and eight items are summed at once in registers along the
 * members' rows: each sum still adds its own terms in member order.
 */
function clusterSums(
  sim: Float64Array,
  n: number,
  order: Int32Array,
  b: number,
  e: number,
  out: Float64Array,
  at: number,
  symmetric: boolean,
): void {
  let i = 0;
  if (symmetric) {
    for (; i + 8 <= n; i += 8) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      for (let p = b; p < e; p += 1) {
        const r = (order[p] as number) * n + i;
        s0 += sim[r] as number;
        s1 += sim[r + 1] as number;
        s2 += sim[r + 2] as number;
        s3 += sim[r + 3] as number;
        s4 += sim[r + 4] as number;
        s5 += sim[r + 5] as number;
        s6 += sim[r + 6] as number;
        s7 += sim[r + 7] as number;
      }
      out[at + i] = s0;
      out[at + i + 1] = s1;
      out[at + i + 2] = s2;
      out[at + i + 3] = s3;
      out[at + i + 4] = s4;
      out[at + i + 5] = s5;
      out[at + i + 6] = s6;
      out[at + i + 7] = s7;
    }
  }
  for (; i < n; i += 1) {
    const row = i * n;
    let s = 0;
    for (let p = b; p < e; p += 1) s += sim[row + (order[p] as number)] as number;
    out[at + i] = s;
  }
}
