import type { OptionCount } from './types';

/**
 * Counts and whole percentages per option, in the program's option order
 * (options nobody chose are shown with 0), then any other answers given, most
 * chosen first. Percentages are of the replies that chose something.
 */
export function choiceCounts(chosen: readonly (string | null | undefined)[], options: readonly string[] = []): OptionCount[] {
  const counts = new Map<string, number>(options.map((o) => [o, 0]));
  let total = 0;
  for (const c of chosen) {
    if (c === null || c === undefined || c.trim() === '') continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total += 1;
  }
  const listed = options.map((o) => [o, counts.get(o) ?? 0] as const);
  const others = [...counts]
    .filter(([o]) => !options.includes(o))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [...listed, ...others].map(([label, count]) => ({
    label,
    count,
    percent: total === 0 ? 0 : Math.round((count / total) * 100),
  }));
}
