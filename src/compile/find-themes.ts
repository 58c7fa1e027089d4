import { agglomerate, similarityMatrix } from './agglomerate';
import { CentreTable } from './centre-table';
import { chooseK } from './choose-k';
import { dropOutliers } from './drop-outliers';
import { guideThemes } from './guide-themes';
import { inHashOrder } from './item-sample';
import { addInto, normalizeDense, type SparseVector } from './sparse-vector';

export interface ThemeItem {
  key: string;
  vector: SparseVector;
}

export interface Grouping {
  /** Theme index per item, or -1 for "Övrigt". */
  assignment: number[];
  /** Per theme: its centre, and the guided theme it came from (or null). */
  themes: { centre: Float64Array; guided: number | null }[];
}

export interface FindOptions {
  dim: number;
  /** Vectors of the program's expected themes (label and hints); may be empty. */
  seeds: SparseVector[];
  maxThemes?: number;
}

/** Above this many items, themes are found on a sample and the rest assigned (k-means). */
const SAMPLE = 250;
/** How close to a theme's centre a reply from a too-small cluster must be to join it. */
const ATTACH_MIN = 0.06;
/** A reply less similar than this to every centre goes to "Övrigt" in k-means. */
const OTHER_MAX = 0.03;

export function minThemeSize(n: number): number {
  return Math.max(2, Math.min(25, Math.ceil(n * 0.02)));
}

function centreOf(items: readonly ThemeItem[], members: readonly number[], dim: number, seed?: SparseVector) {
  const c = new Float64Array(dim);
  for (const m of members) {
    const item = items[m];
    if (item) addInto(c, item.vector);
  }
  normalizeDense(c);
  // The seed keeps a guided theme anchored to what the program meant, with
  // the weight of about two replies; the replies filed under it do the rest.
  // It is not normalised: a seed whose words the round hardly uses stays
  // weak instead of being blown up to full length on one stray feature.
  if (seed) {
    const s = new Float64Array(dim);
    addInto(s, seed);
    if (members.length === 0) return s;
    const w = 2 / (members.length + 2);
    for (let i = 0; i < dim; i += 1) c[i] = (1 - w) * (c[i] ?? 0) + w * (s[i] ?? 0);
    normalizeDense(c);
  }
  return c;
}

/** Free clusters of the given items: average linkage on (a sample of) them. */
function freeClusters(items: readonly ThemeItem[], subset: readonly number[], opts: FindOptions): number[][] {
  if (subset.length < 2) return [];
  // A sample in hash order (inHashOrder): independent of input order, the same every run.
  const ordered = inHashOrder(subset.map((i) => ({ key: items[i]?.key ?? '', i }))).map((x) => x.i);
  const sample = ordered.slice(0, SAMPLE);
  const vectors = sample.map((i) => items[i]?.vector ?? { idx: new Int32Array(0), val: new Float64Array(0) });
  const n = sample.length;
  const sim = similarityMatrix(vectors);
  const merges = agglomerate(sim, n);
  const minSize = minThemeSize(n);
  const chosen = chooseK(sim, n, merges, minSize, opts.maxThemes ?? 12);
  const labels = dropOutliers(sim, n, chosen.labels);
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => {
    const item = sample[i];
    if (l < 0) return;
    if (item !== undefined) groups.set(l, [...(groups.get(l) ?? []), item]);
  });
  const clusters = [...groups.values()].filter((g) => g.length >= minSize);
  if (sample.length === subset.length) return clusters;
  // Large rounds: spherical k-means over every item from the sample's centres.
  let centres = clusters.map((g) => centreOf(items, g, opts.dim));
  let members: number[][] = clusters;
  for (let iter = 0; iter < 6; iter += 1) {
    members = centres.map(() => []);
    const table = new CentreTable(centres, opts.dim);
    for (const i of subset) {
      const it = items[i];
      if (!it) continue;
      const best = table.nearest(it.vector);
      if (best.index >= 0 && best.sim >= OTHER_MAX) members[best.index]?.push(i);
    }
    centres = members.map((m, c) => (m.length > 0 ? centreOf(items, m, opts.dim) : (centres[c] ?? new Float64Array(0))));
  }
  return members.filter((m) => m.length >= minThemeSize(subset.length));
}

/**
 * Groups items (replies or parts of replies) into themes. The round is
 * grouped on its own first; members of clusters too small to stand as a
 * theme join the nearest theme if they are close enough to it, else
 * "Övrigt". Expected themes then name and gather groups, and take the
 * replies that name them (see guide-themes.ts). A single reply is never a
 * theme of its own.
 */
export function findThemes(items: readonly ThemeItem[], opts: FindOptions): Grouping {
  const clusters = freeClusters(
    items,
    items.map((_, i) => i),
    opts,
  );
  let assignment = attach(items, clusters, opts.dim);
  let themes: { guided: number | null }[] = clusters.map(() => ({ guided: null }));
  if (opts.seeds.length > 0) {
    const guided = guideThemes({
      vectors: items.map((it) => it.vector),
      assignment,
      groups: clusters.length,
      seeds: opts.seeds,
    });
    themes = guided.themes;
    // A group left with one reply is no theme: its reply is offered the others.
    const sizes = themes.map((_, t) => guided.assignment.filter((a) => a === t).length);
    const kept = themes.flatMap((t, k) => ((sizes[k] ?? 0) >= (t.guided === null ? 2 : 1) ? [k] : []));
    const renumber = new Map(kept.map((k, j) => [k, j]));
    themes = kept.map((k) => themes[k] ?? { guided: null });
    const members = kept.map((k) => guided.assignment.flatMap((a, i) => (a === k ? [i] : [])));
    assignment = attach(items, members, opts.dim, (i) => renumber.get(guided.assignment[i] ?? -1) ?? -1);
  }
  const seedOf = (t: { guided: number | null }) => (t.guided === null ? undefined : opts.seeds[t.guided]);
  const centres = themes.map((t, k) =>
    centreOf(
      items,
      assignment.flatMap((a, i) => (a === k ? [i] : [])),
      opts.dim,
      seedOf(t),
    ),
  );
  return { assignment, themes: themes.map((t, k) => ({ centre: centres[k] ?? new Float64Array(0), guided: t.guided })) };
}

/** Members as given; every other item joins the nearest group if close enough, else none (-1). */
function attach(
  items: readonly ThemeItem[],
  groups: readonly number[][],
  dim: number,
  start?: (i: number) => number,
): number[] {
  const assignment = items.map((_, i) => start?.(i) ?? -1);
  groups.forEach((g, k) => {
    for (const m of g) assignment[m] = k;
  });
  const centres = new CentreTable(
    groups.map((g) => centreOf(items, g, dim)),
    dim,
  );
  items.forEach((it, i) => {
    if (assignment[i] !== -1) return;
    const best = centres.nearest(it.vector);
    if (best.index >= 0 && best.sim >= ATTACH_MIN) assignment[i] = best.index;
  });
  return assignment;
}
