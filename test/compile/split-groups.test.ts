import { findThemes, type ThemeItem } from '../../src/compile/find-themes';
import { groupsToSplit, joinGroups, partsToRejoin, splitGroups } from '../../src/compile/split-groups';
import { Vectorizer } from '../../src/compile/vectorize';
import { TOPICS } from './fixtures';

describe('groupsToSplit', () => {
  const group = (size: number, heading?: [string, number], guided = false) => ({
    size,
    guided,
    heading: heading ? { label: heading[0], share: heading[1] } : undefined,
  });

  it('takes the big groups nothing names, or whose heading fewer than 45% of them use', () => {
    // 100 items: 15 is big enough, 14 is not.
    const groups = [group(15), group(40, ['Avlösning', 0.8]), group(14), group(31, ['Vård', 0.3]), group(20, ['Stödplan', 0.45])];
    expect(groupsToSplit(groups, 100)).toEqual([0, 3]);
  });

  it('never takes a coordinator\'s theme, and takes eight items at least however small the question', () => {
    expect(groupsToSplit([group(50, undefined, true), group(50, ['Tema', 0.1], true)], 100)).toEqual([]);
    expect(groupsToSplit([group(7), group(8)], 20)).toEqual([1]);
    expect(groupsToSplit([], 0)).toEqual([]);
  });
});

describe('partsToRejoin', () => {
  const headings: Record<number, string> = { 2: 'Växelvård', 5: 'Avlösning', 6: 'Personal' };
  const sizes: Record<number, number> = { 2: 3, 3: 6, 5: 4, 6: 5, 7: 2 };
  const rejoin = (parts: number[], before?: string) =>
    partsToRejoin(parts, before, (g) => headings[g], (g) => sizes[g] ?? 0);

  it('puts the unnamed parts of a group that had no name back together, as one theme', () => {
    expect(rejoin([3, 2, 7])).toEqual([3, 7]);
    expect(rejoin([3, 2])).toEqual([]);
  });

  it('gives the unnamed parts of a named group back to the part that has its heading now', () => {
    expect(rejoin([3, 5, 6, 7], 'Avlösning')).toEqual([5, 3, 7]);
  });

  it('else to the biggest part with a name, so what has a name of its own peels off', () => {
    expect(rejoin([3, 2, 6, 7], 'Avlösning')).toEqual([6, 3, 7]);
  });

  it('has nothing to join when every part has a name', () => {
    expect(rejoin([2, 5, 6], 'Avlösning')).toEqual([]);
    expect(rejoin([2, 5])).toEqual([]);
  });
});

describe('splitGroups', () => {
  // Two topics' replies the first grouping had put in one group (0), beside a group (1) of a third.
  const texts = [...(TOPICS.avlosning ?? []), ...(TOPICS.stodplan ?? []), ...(TOPICS.korttid ?? [])];
  const vectorizer = new Vectorizer();
  for (const t of texts) vectorizer.addText(t);
  const items: ThemeItem[] = vectorizer.fit().map((vector, i) => ({ key: `r${i}`, vector }));
  const first = findThemes(items, { dim: vectorizer.dimension, seeds: [] });
  const blob = { assignment: items.map((_, i) => (i < 12 ? 0 : 1)), themes: [first.themes[0], first.themes[1]].map((t) => ({ centre: t?.centre ?? new Float64Array(vectorizer.dimension), guided: null })) };

  it('groups a group again on its own items: its first part keeps its index, the others come after the last group', () => {
    const split = splitGroups(blob, items, vectorizer.dimension, [0]);
    expect(split).toBeDefined();
    const { grouping, parts } = split as NonNullable<typeof split>;
    expect(parts).toHaveLength(1);
    expect(parts[0]?.[0]).toBe(0);
    expect(parts[0]?.slice(1)).toEqual(Array.from({ length: (parts[0]?.length ?? 1) - 1 }, (_, k) => 2 + k));
    expect(grouping.themes).toHaveLength(1 + (parts[0]?.length ?? 0));
    // The other group is untouched; the split group's items stay among its parts.
    expect(grouping.assignment.slice(12)).toEqual(blob.assignment.slice(12));
    for (const a of grouping.assignment.slice(0, 12)) expect(parts[0]).toContain(a);
    // Respite and support plans part ways.
    const respite = new Set(grouping.assignment.slice(0, 6));
    const plans = new Set(grouping.assignment.slice(6, 12));
    expect([...respite].some((a) => plans.has(a))).toBe(false);
  });

  it('is undefined when no group comes apart, and leaves the grouping it was given alone', () => {
    const before = JSON.stringify(blob.assignment);
    expect(splitGroups(blob, items, vectorizer.dimension, [])).toBeUndefined();
    splitGroups(blob, items, vectorizer.dimension, [0]);
    expect(JSON.stringify(blob.assignment)).toBe(before);
  });
});

describe('joinGroups', () => {
  it('joins every listed group into the first of them, the rest as it was', () => {
    expect(joinGroups([0, 3, 4, 1, -1, 4], [3, 4])).toEqual([0, 3, 3, 1, -1, 3]);
    expect(joinGroups([0, 1], [])).toEqual([0, 1]);
  });
});
