/** Below this cosine to the rest of its cluster, an item is not taken to belong there. */
export const FIT_MIN = 0.05;

/**
 * k-means files every item somewhere, even one that shares nothing with the
 * rest ("Glöm inte parkeringstillståndet"). This takes such items back out
 * (label -1): those whose cosine to the centre of the other members of their
 * cluster is below `FIT_MIN`. The caller then offers them the nearest theme,
 * or "Övrigt". Worked on the similarity matrix, like the k-means itself.
 */
export function dropOutliers(sim: Float64Array, n: number, labels: readonly number[], fitMin = FIT_MIN): number[] {
  const k = Math.max(0, ...labels) + 1;
  const toCluster = new Float64Array(n * k);
  const length = new Float64Array(k);
  for (let i = 0; i < n; i += 1) {
    for (let m = 0; m < n; m += 1) {
      const c = labels[m] ?? 0;
      toCluster[i * k + c] = (toCluster[i * k + c] ?? 0) + (sim[i * n + m] ?? 0);
    }
  }
  for (let m = 0; m < n; m += 1) {
    const c = labels[m] ?? 0;
    length[c] = (length[c] ?? 0) + (toCluster[m * k + c] ?? 0);
  }
  return labels.map((c, i) => {
    const self = sim[i * n + i] ?? 0;
    // The others' sum: Σ v_m less v_i; its squared length, ‖S‖² − 2 S·v_i + ‖v_i‖².
    const dotOthers = (toCluster[i * k + c] ?? 0) - self;
    const othersSq = (length[c] ?? 0) - 2 * (toCluster[i * k + c] ?? 0) + self;
    const fit = othersSq > 1e-12 ? dotOthers / Math.sqrt(othersSq) : 0;
    return fit >= fitMin ? c : -1;
  });
}
