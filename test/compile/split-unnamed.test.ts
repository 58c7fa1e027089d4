import { findThemes, type ThemeItem } from '../../src/compile/find-themes';
import { groupsToSplit, joinGroups, splitGroups } from '../../src/compile/split-unnamed';
import { Vectorizer } from '../../src/compile/vectorize';
import { TOPICS } from './fixtures';

describe('groupsToSplit', () => {
  it('takes the unnamed groups that hold at least 15% of the question and at least eight items', () => {
    const unnamed = (g: number) => g !== 1;
    // 100 items: 15 is enough, 14 is not; group 1 has a name.
    expect(groupsToSplit([15, 40, 14, 31], unnamed, 100)).toEqual([0, 3]);
    // A small question: eight items at least, however large their share.
    expect(groupsToSplit([7, 8], () => true, 20)).toEqual([1]);
    expect(groupsToSplit([], () => true, 0)).toEqual([]);
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
