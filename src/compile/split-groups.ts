import { findThemes, type Grouping, type ThemeItem } from './find-themes';

/** A group is grouped again when it holds this share of the question's items or more… */
const SPLIT_SHARE = 0.15;
/** …and at least this many… */
const SPLIT_MIN = 8;
/** …and nothing names it, or its heading is used by fewer than this share of it. */
const LOOSE_HEADING = 0.45;

/** What groupsToSplit needs to know of a group. */
export interface GroupFacts {
  size: number;
  /** The coordinator's theme: never split. */
  guided: boolean;
  /** Its heading, if any, and the share of its items that use it. */
  heading?: { label: string; share: number };
}

/**
 * The groups to group again: big ones that nothing could name, or whose
 * heading only a few of them use. Replies that share a theme share words; a
 * big group with none to be called by, or one that most of it does not use,
 * is most likely several themes the first grouping could not tell apart.
 */
export function groupsToSplit(groups: readonly GroupFacts[], total: number): number[] {
  const least = Math.max(SPLIT_MIN, SPLIT_SHARE * total);
  return groups.flatMap((g, i) => (g.size >= least && !g.guided && (!g.heading || g.heading.share < LOOSE_HEADING) ? [i] : []));
}

/**
 * The grouping with each of `groups` grouped again on its own items (free,
 * with no expected themes): the first part keeps the group's index, the
 * others are added after the last group, and an item the second grouping
 * leaves over stays in the first part. `parts` lists each split group's
 * indices, its own first. Undefined when no group came apart.
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

/**
 * Which parts of a split group go back together, the one they join first:
 * the parts that still have no name. Those of a group that had no name
 * before are one theme again (a reader meets one "Tema 4", not five); those
 * of a group that had a heading go back to the part that has it now, else
 * to the biggest part with a name, so the named themes within peel off and
 * the rest keeps the heading. Empty when there is nothing to join.
 */
export function partsToRejoin(
  parts: readonly number[],
  before: string | undefined,
  headingOf: (group: number) => string | undefined,
  sizeOf: (group: number) => number,
): number[] {
  const unnamed = parts.filter((p) => headingOf(p) === undefined);
  if (before === undefined || unnamed.length === 0) return unnamed.length > 1 ? unnamed : [];
  const named = parts.filter((p) => headingOf(p) !== undefined);
  const target = named.find((p) => headingOf(p) === before) ?? [...named].sort((a, b) => sizeOf(b) - sizeOf(a) || a - b)[0];
  if (target === undefined) return unnamed.length > 1 ? unnamed : [];
  return [target, ...unnamed];
}

/** The assignment with every group of `groups` joined into the first of them. */
export function joinGroups(assignment: readonly number[], groups: readonly number[]): number[] {
  const into = groups[0];
  if (into === undefined) return [...assignment];
  const joined = new Set(groups);
  return assignment.map((a) => (joined.has(a) ? into : a));
}
