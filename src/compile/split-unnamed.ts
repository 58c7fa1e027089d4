import { findThemes, type Grouping, type ThemeItem } from './find-themes';

/** A group with no name is grouped again when it holds this share of the question's items or more… */
const SPLIT_SHARE = 0.15;
/** …and at least this many. */
const SPLIT_MIN = 8;

/**
 * The groups to group again: those nothing could name (no phrase, no concept,
 * not a coordinator's theme) that hold a good part of the question. Replies
 * that share a theme share words; a big group with none to be called by is
 * most likely several themes the first grouping could not tell apart.
 */
export function groupsToSplit(sizes: readonly number[], unnamed: (group: number) => boolean, total: number): number[] {
  const least = Math.max(SPLIT_MIN, SPLIT_SHARE * total);
  return sizes.flatMap((size, group) => (size >= least && unnamed(group) ? [group] : []));
}

/**
 * The grouping with each of `groups` grouped again on its own items (free,
 * with no expected themes): the first part keeps the group's index, the
 * others are added after the last group, and an item the second grouping
 * leaves over stays in the first part. `parts` lists each split group's
 * indices. Undefined when no group came apart.
 */
export function splitGroups(
  grouping: Grouping,
  items: readonly ThemeItem[],
  dim: number,
  groups: readonly number[],
): { grouping: Grouping; parts: number[][] } | undefined {
  const assignment = [...grouping.assignment];
  const themes = [...grouping.themes];
  const parts: number[][] = [];
  for (const group of groups) {
    const at = assignment.flatMap((a, i) => (a === group ? [i] : []));
    const sub = findThemes(
      at.map((i) => items[i] as ThemeItem),
      { dim, seeds: [] },
    );
    if (sub.themes.length < 2) continue;
    const first = themes.length - 1;
    const own = [group];
    sub.themes.forEach((theme, k) => {
      if (k === 0) themes[group] = theme;
      else {
        themes.push(theme);
        own.push(themes.length - 1);
      }
    });
    at.forEach((i, k) => {
      const a = sub.assignment[k] ?? -1;
      assignment[i] = a <= 0 ? group : first + a;
    });
    parts.push(own);
  }
  return parts.length > 0 ? { grouping: { assignment, themes }, parts } : undefined;
}

/** The assignment with every group of `groups` joined into the first of them. */
export function joinGroups(assignment: readonly number[], groups: readonly number[]): number[] {
  const into = groups[0];
  if (into === undefined) return [...assignment];
  const joined = new Set(groups);
  return assignment.map((a) => (joined.has(a) ? into : a));
}
