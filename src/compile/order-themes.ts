import type { CompiledTheme } from './types';

/** A theme before it is put in order: how many replies it holds, and whether it has no heading of its own. */
export type UnorderedTheme = CompiledTheme & { size: number; numbered: boolean };

/**
 * The themes of a question as a reader meets them: most raised first (ties:
 * named before numbered, then by heading), "Övrigt" always last. A theme
 * with no heading is numbered by where it stands ("Tema 2" is the second
 * theme a reader meets, not the second group found), and ids follow the order.
 */
export function orderThemes(themes: readonly UnorderedTheme[], questionId: string, fallback: (n: number) => string): CompiledTheme[] {
  const sorted = [...themes].sort(
    (a, b) =>
      Number(a.other) - Number(b.other) ||
      b.size - a.size ||
      Number(a.numbered) - Number(b.numbered) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  return sorted.map(({ size: _size, numbered, ...t }, i) => ({
    ...t,
    label: numbered ? fallback(i + 1) : t.label,
    id: t.other ? `${questionId}-other` : `${questionId}-t${i + 1}`,
  }));
}

/** The distinct values, most frequent first (ties by value); empty values left out. */
export function mostFirst(values: readonly (string | undefined)[]): string[] {
  const m = new Map<string, number>();
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
}
