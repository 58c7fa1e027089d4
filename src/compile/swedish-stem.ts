import { newStemmer } from 'snowball-stemmers';

const stemmers = { sv: newStemmer('swedish'), en: newStemmer('english') };
const caches = { sv: new Map<string, string>(), en: new Map<string, string>() };

/** Snowball stem of a lower-case word, cached: a round repeats its words a lot. */
export function stem(lower: string, language: 'sv' | 'en' = 'sv'): string {
  const cache = caches[language];
  let s = cache.get(lower);
  if (s === undefined) {
    s = stemmers[language].stem(lower);
    // The caches live for the process; a bound keeps a long-running bot small.
    if (cache.size > 200_000) cache.clear();
    cache.set(lower, s);
  }
  return s;
}

// Endings Snowball leaves on some words ("korttidsplat" but "korttidsplats",
// "sjukskötersk" but "sjuksköterskan"): tried longest first.
const LEFTOVER_ENDINGS = ['arna', 'erna', 'orna', 'an', 'en', 'et', 'na', 'ar', 'er', 'or', 's', 'n', 'a', 'e'];

/** `s` without `ending` when that is a leftover inflection (at least five letters remain); else undefined. */
function without(s: string, ending: string): string | undefined {
  return s.length - ending.length >= 5 && s.endsWith(ending) ? s.slice(0, -ending.length) : undefined;
}

/**
 * Maps each stem to a shorter stem of the same word when the round has one,
 * so inflections Snowball treats unevenly still meet. Only stems that occur
 * in this round are joined, and at least five letters must remain.
 */
export function unifyStems(stems: Iterable<string>): Map<string, string> {
  const known = new Set(stems);
  const canonical = new Map<string, string>();
  for (const s of [...known].sort()) {
    let target = s;
    for (const ending of LEFTOVER_ENDINGS) {
      const shorter = without(s, ending);
      if (shorter !== undefined && known.has(shorter)) {
        target = shorter;
        break;
      }
    }
    canonical.set(s, target);
  }
  // Follow chains (a → b → c) to their end.
  for (const [s, t] of canonical) {
    let end = t;
    for (let guard = 0; guard < 4 && canonical.get(end) !== end; guard += 1) end = canonical.get(end) ?? end;
    canonical.set(s, end);
  }
  return canonical;
}

/**
 * Whether two stems are of one word, as Snowball leaves some inflections
 * apart ("korttidsplat" and "korttidsplats", "sjukskötersk" and
 * "sjuksköterskan"): equal, or one is the other with an ending unifyStems
 * joins too.
 */
export function sameStem(a: string, b: string): boolean {
  return a === b || LEFTOVER_ENDINGS.some((ending) => without(a, ending) === b || without(b, ending) === a);
}
