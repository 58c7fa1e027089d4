import type { Locale } from '../i18n/translate';
import { hashString } from './seeded-random';

/**
 * Items in the order of their keys' hashes (then keys), each key hashed
 * once: a sample taken from the front is the same whatever order the replies
 * came in, and the same every run.
 */
export function inHashOrder<T extends { key: string }>(items: readonly T[]): T[] {
  return items
    .map((it) => ({ it, hash: hashString(it.key) }))
    .sort((a, b) => a.hash - b.hash || (a.it.key < b.it.key ? -1 : 1))
    .map(({ it }) => it);
}

/**
 * The language most of a sample of `size` items (in hash order) is written
 * in (ties: Swedish), each item's as `languageOf` finds it: the caller's
 * analysis, which its labelling reuses, rather than one more of its own.
 */
export function mostUsedLanguage<T extends { key: string }>(items: readonly T[], size: number, languageOf: (item: T) => Locale): Locale {
  let en = 0;
  const sample = inHashOrder(items).slice(0, size);
  for (const it of sample) if (languageOf(it) === 'en') en += 1;
  return en * 2 > sample.length ? 'en' : 'sv';
}
