/**
 * Maximal marginal relevance: picks up to `count` items that are close to
 * the theme's centre (relevance) but not to each other, so three quotes or
 * summary sentences do not say the same thing three times.
 */
export function mmr<T>(
  candidates: readonly T[],
  relevance: (c: T) => number,
  similarity: (a: T, b: T) => number,
  count: number,
  lambda = 0.7,
): T[] {
  const picked: T[] = [];
  const left = [...candidates];
  const rel = new Map(left.map((c) => [c, relevance(c)]));
  while (picked.length < count && left.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    left.forEach((c, i) => {
      const redundancy = picked.length === 0 ? 0 : Math.max(...picked.map((p) => similarity(c, p)));
      const score = lambda * (rel.get(c) ?? 0) - (1 - lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    });
    const [chosen] = left.splice(bestIndex, 1);
    if (chosen !== undefined) picked.push(chosen);
  }
  return picked;
}
