/**
 * Splits Swedish compounds into parts found in the round's own vocabulary, so
 * "vårdplaneringssjuksköterskan" meets "vårdplanering" and
 * "sekretesslagstiftningen" meets "sekretessen". No dictionary ships with the
 * bot; the replies themselves (and a few domain words) are the dictionary.
 */

// Domain words that are often only seen inside compounds.
const DOMAIN_PARTS = `
anhörig närstående stöd vård omsorg plan personal kommun region lag tid plats samtal grupp
utbildning kunskap strategi perspektiv konsulent handläggare avlösning växel kort hem hjälp
kontakt person lots sjuk sköterska läkare boende dag verksamhet samverkan samordning politik
ekonomi arbete möte träff nätverk information broschyr dokument styr riktlinje program barn
äldre demens psykiatri skola förening kyrka ideell frivillig sekretess ansvar beslut bistånd
`;

const MIN_PART = 4;
/**
 * Longer words are not split: no Swedish compound comes near this (the
 * replies' longest words have some 25 letters), and the search grows with the
 * cube of a word's length, so a 3,000-letter run of letters would block the
 * bot for seconds.
 */
export const MAX_SPLIT_LENGTH = 40;
// Linking letters (fogemorfem) that may stand between two parts.
const LINKS = ['', 's', 'e', 'a', 'u', 'o'];

export class CompoundSplitter {
  private readonly words: Set<string>;
  private readonly cache = new Map<string, string[]>();

  /** `vocabulary`: lower-case words and stems seen in the round. */
  constructor(vocabulary: Iterable<string>) {
    this.words = new Set<string>();
    // A part is shorter than the word it is part of, so longer words are never looked up.
    for (const w of vocabulary) if (w.length >= MIN_PART && w.length < MAX_SPLIT_LENGTH) this.words.add(w);
    for (const w of DOMAIN_PARTS.split(/\s+/)) if (w.length >= 3) this.words.add(w);
  }

  private known(part: string): boolean {
    return this.words.has(part);
  }

  /**
   * The parts of `word` (at least two), or [] when it is not a compound of
   * known words. Fewest parts win; one unknown part of 6+ letters is allowed
   * at the end ("sekretess" + "lagstiftningen" even if the latter occurs
   * nowhere else), since the head of a compound is often inflected. Words
   * longer than MAX_SPLIT_LENGTH are never split, which bounds the work per word.
   */
  split(word: string): string[] {
    if (word.length < 2 * MIN_PART - 1 || word.length > MAX_SPLIT_LENGTH) return [];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const result = this.search(word);
    this.cache.set(word, result);
    return result;
  }

  private search(word: string): string[] {
    const n = word.length;
    // best[i]: fewest-parts segmentation of word.slice(i), scored by
    // [unknown parts, parts]; lower is better.
    const best: ({ parts: string[]; unknown: number } | null)[] = new Array(n + 1).fill(null);
    best[n] = { parts: [], unknown: 0 };
    for (let i = n - 1; i >= 0; i -= 1) {
      let choice: { parts: string[]; unknown: number } | null = null;
      for (let j = n; j >= i + 3; j -= 1) {
        // The whole word is always "known" (it is in the round); it is not a split.
        if (i === 0 && j === n) continue;
        const part = word.slice(i, j);
        const isKnown = this.known(part) && (part.length >= MIN_PART || j < n);
        // An unknown part may only be the last one.
        // Six letters at least, so an inflection ("kommun" + "erna") is not a head.
        const isTail = j === n && part.length >= 6 && i > 0;
        if (!isKnown && !isTail) continue;
        for (const link of LINKS) {
          const k = j + link.length;
          if (k > n || (link && word.slice(j, k) !== link)) continue;
          const rest = best[k];
          if (!rest || (k === n && link)) continue;
          const candidate = { parts: [part, ...rest.parts], unknown: rest.unknown + (isKnown ? 0 : 1) };
          if (candidate.unknown > 1) continue;
          if (
            !choice ||
            candidate.unknown < choice.unknown ||
            (candidate.unknown === choice.unknown && candidate.parts.length < choice.parts.length)
          ) {
            choice = candidate;
          }
        }
      }
      best[i] = choice;
    }
    const whole = best[0];
    if (!whole || whole.parts.length < 2) return [];
    // A split with an unknown part needs a long known first part, or it is a guess.
    if (whole.unknown > 0 && (whole.parts[0]?.length ?? 0) < 5) return [];
    return whole.parts;
  }
}
