import { addInto, dot, dotDense, type SparseVector } from './sparse-vector';
import { sameStem } from './swedish-stem';

/**
 * Expected themes as hints, never as moulds. The round is grouped as if no
 * theme had been named; then:
 * - a group whose replies mostly name one expected theme (its label's or
 *   hints' own words, stems or compound parts) and clearly no other takes
 *   that theme's label; when two groups name one theme, the one that names
 *   it most takes it and the other keeps its own heading (merging them
 *   joined different things: two themes for four, and a lower score than
 *   naming no theme);
 * - a reply that names exactly one of the themes groups took, and is closer
 *   to that theme than to the rest of its own group, moves there;
 * - everything else stays where the round's own grouping put it: a reply in
 *   "Övrigt" is offered the themes by closeness afterwards, like any other,
 *   and an expected theme no group took is not made out of replies scattered
 *   over other groups.
 * A coordinator's list can thus rename and gather what the replies say, but
 * it cannot pull unrelated replies into a heading because their wording is
 * vaguely close to it, nor split the round's groups by a word or two: the
 * failures that made naming the right themes score worse than naming none.
 */

/** A label word used by more than half the round's replies says nothing of a theme ("anhöriga"). */
const UBIQUITOUS = 0.5;
/** At least this share of a group must name a theme for the group to take its label. */
const NAMED_SHARE = 0.5;
/** ...and at least this many times the share naming any other theme. */
const NAMED_MARGIN = 2;
/** A reply names a theme when it has this share (by weight) of the theme's telling words. */
const NAMED_WEIGHT = 0.3;

export interface GuideInput {
  vectors: readonly SparseVector[];
  /** Group per item (0..groups-1), -1 for none ("Övrigt"). */
  assignment: readonly number[];
  groups: number;
  seeds: readonly SparseVector[];
}

export interface Guided {
  /** Theme per item: indices into `themes`, -1 for none. */
  assignment: number[];
  /** The expected theme each theme stands for, or null for a group of the round's own. */
  themes: { guided: number | null }[];
}

const has = (v: SparseVector, i: number): boolean => {
  let lo = 0;
  let hi = v.idx.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.idx[mid] ?? 0;
    if (x === i) return true;
    if (x < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
};

/**
 * Per item, the expected themes it names: it has a good part (by weight) of
 * the label's and hints' own words, leaving out words most of the round uses.
 * "Arbetsgivare för anhöriga" is not named by every reply that says "anhöriga".
 */
export function namedThemes(vectors: readonly SparseVector[], seeds: readonly SparseVector[]): number[][] {
  const n = vectors.length;
  // Each label word: the indices it is met by, and how many replies meet it.
  const labelWords = seeds.map((s) => {
    const w = s.words ?? new Int32Array(0);
    const out: number[][] = [];
    for (let k = 0; k + 1 < w.length; k += 2) out.push([w[k] ?? -1, w[k + 1] ?? -1].filter((i) => i >= 0));
    return out;
  });
  const meets = (v: SparseVector, word: readonly number[]) => word.some((i) => has(v, i));
  const key = (word: readonly number[]) => word.join(',');
  const df = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const words of labelWords) for (const word of words) shared.set(key(word), (shared.get(key(word)) ?? 0) + 1);
  for (const v of vectors) {
    for (const k of shared.keys()) {
      const word = k.split(',').map(Number);
      if (meets(v, word)) df.set(k, (df.get(k) ?? 0) + 1);
    }
  }
  const limit = Math.max(2, UBIQUITOUS * n);
  // A word's weight: rarer in the round, and in fewer labels, tells more.
  const telling = labelWords.map((words) =>
    words
      .filter((word) => (df.get(key(word)) ?? 0) <= limit)
      .map((word) => ({ word, w: Math.log((n + 1) / Math.max(1, df.get(key(word)) ?? 0)) / (shared.get(key(word)) ?? 1) })),
  );
  const totals = telling.map((t) => t.reduce((sum, x) => sum + x.w, 0));
  return vectors.map((v) =>
    telling.flatMap((words, g) => {
      let got = 0;
      for (const x of words) if (meets(v, x.word)) got += x.w;
      return got > 0 && got >= NAMED_WEIGHT * (totals[g] ?? 0) ? [g] : [];
    }),
  );
}

export function guideThemes(input: GuideInput): Guided {
  const { vectors, assignment, groups, seeds } = input;
  const names = namedThemes(vectors, seeds);
  const size = new Array<number>(groups).fill(0);
  const naming = Array.from({ length: groups }, () => new Array<number>(seeds.length).fill(0));
  assignment.forEach((a, i) => {
    if (a < 0) return;
    size[a] = (size[a] ?? 0) + 1;
    const row = naming[a];
    if (row) for (const g of names[i] ?? []) row[g] = (row[g] ?? 0) + 1;
  });
  // The expected theme each group takes, if any.
  const themeOfGroup = naming.map((row, k) => {
    const order = row.map((c, g) => ({ c, g })).sort((x, y) => y.c - x.c || x.g - y.g);
    const best = order[0];
    const second = order[1]?.c ?? 0;
    const n = size[k] ?? 0;
    if (!best || n === 0 || best.c < NAMED_SHARE * n || best.c < NAMED_MARGIN * second) return null;
    return best.g;
  });
  // One group per expected theme: the one with most replies naming it (then the larger share, then the first).
  const holder = new Map<number, number>();
  const share = (k: number, g: number) => (naming[k]?.[g] ?? 0) / Math.max(1, size[k] ?? 0);
  themeOfGroup.forEach((g, k) => {
    if (g === null) return;
    const h = holder.get(g);
    const better =
      h === undefined ||
      (naming[k]?.[g] ?? 0) > (naming[h]?.[g] ?? 0) ||
      ((naming[k]?.[g] ?? 0) === (naming[h]?.[g] ?? 0) && share(k, g) > share(h, g));
    if (better) holder.set(g, k);
  });
  themeOfGroup.forEach((g, k) => {
    if (g !== null && holder.get(g) !== k) themeOfGroup[k] = null;
  });
  // Where each item goes: the expected theme it alone names, if it is at
  // least as close to that theme as to the rest of its own group; else its group's.
  const dim = vectors.reduce((m, v) => Math.max(m, (v.idx[v.idx.length - 1] ?? -1) + 1), 0);
  const groupSum = Array.from({ length: groups }, () => new Float64Array(dim));
  const themeSum = seeds.map(() => new Float64Array(dim));
  assignment.forEach((a, i) => {
    const v = vectors[i];
    if (!v) return;
    const own = a >= 0 ? themeOfGroup[a] : null;
    const named = names[i] ?? [];
    if (a >= 0) addInto(groupSum[a] ?? new Float64Array(0), v);
    if (own !== null && own !== undefined) addInto(themeSum[own] ?? new Float64Array(0), v);
    else if (named.length === 1) addInto(themeSum[named[0] ?? 0] ?? new Float64Array(0), v);
  });
  const squared = (sum: Float64Array) => sum.reduce((t, x) => t + x * x, 0);
  const groupSq = groupSum.map(squared);
  const themeSq = themeSum.map(squared);
  // Cosine of v to a sum of vectors, v itself taken out of the sum if it is in it.
  const cosine = (v: SparseVector, sum: Float64Array, sq: number, minus: boolean) => {
    const vv = minus ? dot(v, v) : 0;
    const d = dotDense(v, sum);
    const len = Math.sqrt(Math.max(0, minus ? sq - 2 * d + vv : sq));
    return len > 0 ? (d - vv) / len : 0;
  };
  const target = assignment.map((a, i) => {
    const named = names[i] ?? [];
    const own = a >= 0 ? themeOfGroup[a] : null;
    const g = named[0];
    const v = vectors[i];
    const taken = g !== undefined && themeOfGroup.includes(g);
    if (named.length !== 1 || g === undefined || g === own || !v || a < 0 || !taken) return { guided: own ?? null, group: a };
    const there = cosine(v, themeSum[g] ?? new Float64Array(0), themeSq[g] ?? 0, own === null || own === undefined);
    const here = cosine(v, groupSum[a] ?? new Float64Array(0), groupSq[a] ?? 0, true);
    return there >= here ? { guided: g, group: a } : { guided: own ?? null, group: a };
  });
  const themes: { guided: number | null }[] = [];
  const guidedIndex = seeds.map((_, g) => {
    if (!themeOfGroup.includes(g)) return -1;
    themes.push({ guided: g });
    return themes.length - 1;
  });
  const freeIndex = themeOfGroup.map((g) => {
    if (g !== null) return -1;
    themes.push({ guided: null });
    return themes.length - 1;
  });
  const out = target.map((t) => {
    const gi = t.guided === null ? -1 : (guidedIndex[t.guided] ?? -1);
    if (gi >= 0) return gi;
    if (t.group < 0) return -1;
    const own = themeOfGroup[t.group];
    return own === null || own === undefined ? (freeIndex[t.group] ?? -1) : (guidedIndex[own] ?? -1);
  });
  return { assignment: out, themes };
}

/**
 * Groups of the round's own that are one of the coordinator's themes by
 * name: the group's heading shares a telling word (in any inflection, see
 * sameStem) with exactly one expected theme's label, a label no other group
 * took ("Samtal" is "Enskilda samtal", "Skolan" is "Skolan och elevhälsan",
 * "Korttidsplatser" is "Korttidsplats"). Such a group is headed in the
 * coordinator's words; which replies it holds does not change. When several
 * groups name one label, the largest takes it (then the first).
 * `headings` per group: the telling stems of its heading (none: not in
 * question); `labels` per expected theme: the telling stems of its label;
 * `held`: expected themes a group already stands for. Returns group → theme.
 */
export function themesByName(
  headings: readonly (readonly string[])[],
  labels: readonly (readonly string[])[],
  held: ReadonlySet<number>,
  size: (group: number) => number,
): Map<number, number> {
  const taker = new Map<number, number>();
  headings.forEach((stems, group) => {
    const named = labels.flatMap((label, g) => (!held.has(g) && stems.some((st) => label.some((l) => sameStem(st, l))) ? [g] : []));
    if (named.length !== 1) return;
    const g = named[0] as number;
    const other = taker.get(g);
    if (other === undefined || size(group) > size(other)) taker.set(g, group);
  });
  return new Map([...taker].map(([g, group]) => [group, g]));
}
