import { CONCEPTS } from './concept-lexicon';
import { labelFrom, type ThemeWords } from './label-theme';
import { conceptsOfWord } from './match-concepts';
import type { ConceptShare } from './theme-concepts';

/** A lexicon concept heads a theme only when this share of its replies names it. */
const CONCEPT_HEADING_SHARE = 0.6;

type Phrase = ThemeWords['phrases'][number];

export interface HeadingInput {
  /** The theme's phrases that may head it: usable, headable, not used across the question. */
  phrases: readonly Phrase[];
  /** Every usable, headable phrase of the theme: for when none of the above fits. */
  fallback: readonly Phrase[];
  /** The lexicon concept that sets the theme apart, if any (see assignConcepts). */
  concept?: ConceptShare;
}

export interface HeadingWords {
  /** Stems of what was asked: "Stödplan" under a question about support plans tells nothing new. */
  asked: ReadonlySet<string>;
  /** Stems of the words the whole field uses ("anhöriga"): alone they head no theme. */
  broad: ReadonlySet<string>;
  /** A concept's heading in the program's language. */
  conceptLabel: (id: string) => string;
  /** A text's phrase key and content stems, as label-theme.ts keys a phrase. */
  keyOf: (text: string) => { key: string; stems: string[] };
}

export interface Heading {
  label: string;
  /** The content stems of a phrase heading (none for a concept's). */
  stems: readonly string[];
}

/**
 * The headings of one question's themes, chosen one theme at a time, so that
 * no two themes share a heading: a phrase or a concept one theme took is not
 * offered to the next, whichever of the two it was.
 */
export class ThemeHeadings {
  private readonly taken = new Set<string>();
  private readonly used = new Set<string>();

  constructor(private readonly words: HeadingWords) {}

  /**
   * The theme's heading, or null when nothing can head it (the caller numbers it).
   *
   * A phrase that sets the theme apart comes first; failing that, one the
   * question shares ("Stödplan"); never words of the whole field alone. A
   * lexicon concept most of the theme names (three in five) is the better
   * heading when it names the same thing as the phrase in the domain's words
   * ("Växelvård och korttidsplats" over "Växelvård"), or when more of the
   * theme names it than uses the phrase. A concept that names something else
   * does not win a tie: three replies of which two speak of respite and two of
   * volunteers and a contact person are headed "Avlösning", in the replies'
   * own word, not "Samverkan och samordning". A concept only half names heads
   * a theme only when no phrase can.
   */
  choose(input: HeadingInput): Heading | null {
    const { asked, broad } = this.words;
    const telling = (p: Phrase) => p.stems.some((st) => !asked.has(st) && !broad.has(st));
    const notBroad = (p: Phrase) => p.stems.some((st) => !broad.has(st));
    const picked =
      labelFrom(input.phrases.filter(telling), this.taken) ??
      labelFrom(input.phrases.filter(notBroad), this.taken) ??
      labelFrom(input.fallback.filter(notBroad), this.taken);
    const { concept } = input;
    if (concept) {
      const label = this.words.conceptLabel(concept.id);
      const own = this.words.keyOf(label);
      const heads = picked === null || concept.share >= CONCEPT_HEADING_SHARE;
      const same = picked !== null && phraseNames(picked.label, concept.id);
      const beats = picked === null || concept.share > picked.share || (same && concept.share >= picked.share);
      if (heads && beats && !this.used.has(label.toLowerCase())) {
        this.take(own.key, label);
        return { label, stems: [] };
      }
    }
    if (!picked || this.used.has(picked.label.toLowerCase())) return null;
    this.take(picked.key, picked.label);
    return { label: picked.label, stems: picked.stems };
  }

  private take(key: string, label: string): void {
    this.taken.add(key);
    this.used.add(label.toLowerCase());
  }
}

const AREA_OF = new Map(CONCEPTS.map((c) => [c.id, c.area]));

/**
 * Whether a phrase names the concept (or, for an area of the strategy, one of
 * its concepts) in any language the lexicon knows: "Avlösning i hemmet" names
 * respite, whose heading is "Respite" in English.
 */
export function phraseNames(text: string, id: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => conceptsOfWord(w).some((c) => c === id || AREA_OF.get(c) === id));
}

/**
 * One concept per theme at most, and each concept for one theme only: the
 * pairs that set a theme most apart go first, so two themes never share a
 * heading and the theme a concept fits best gets it. "Övrigt" gets none.
 */
export function assignConcepts(perTheme: readonly ConceptShare[][], groupCount: number): Map<number, ConceptShare> {
  const pairs = perTheme
    .flatMap((cs, s) => (s < groupCount ? cs.map((c) => ({ s, c })) : []))
    .sort((a, b) => b.c.excess - a.c.excess || a.s - b.s || (a.c.id < b.c.id ? -1 : 1));
  const out = new Map<number, ConceptShare>();
  const used = new Set<string>();
  for (const { s, c } of pairs) {
    if (out.has(s) || used.has(c.id)) continue;
    out.set(s, c);
    used.add(c.id);
  }
  return out;
}
