import { CONCEPTS } from './concept-lexicon';
import { headable, labelFrom, looksLikeNounPhrase, type ThemeWords } from './label-theme';
import { conceptsOfWord } from './match-concepts';
import { stem } from './swedish-stem';
import { ASKED_APART, type ConceptShare } from './theme-concepts';
import type { Token } from './tokenize';

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
  /** Stems of what the question lists as examples ("skuld, sorg, oro och ensamhet"): see listedInQuestion. */
  listed: ReadonlySet<string>;
  /** Stems of the words the whole field uses ("anhöriga"): alone they head no theme. */
  broad: ReadonlySet<string>;
  /** A concept's heading in the program's language. */
  conceptLabel: (id: string) => string;
  /** A text's phrase key and content stems, as label-theme.ts keys a phrase. */
  keyOf: (text: string) => { key: string; stems: string[] };
}

export interface Heading {
  label: string;
  /** The phrase key it was taken by (see label-theme.ts): no other theme is given it. */
  key: string;
  /** The share of the theme's replies that use the phrase or name the concept. */
  share: number;
  /** The content stems of a phrase heading (none for a concept's). */
  stems: readonly string[];
}

/**
 * The stems of what a question asks, as either language stems them: an
 * English reply's "working" is stemmed "work", which the Swedish stemmer
 * leaves "working", and a phrase is keyed in its reply's language.
 */
export function askedStems(question: readonly Token[]): Set<string> {
  return new Set(question.filter((t) => !t.stop).flatMap((t) => [stem(t.lower, 'sv'), stem(t.lower, 'en')]));
}

/**
 * The words of the lists a question gives ("till exempel digitala träffar,
 * webbutbildningar och välfärdsteknik i hemmet"): a list of three or more,
 * with commas and a last "och"/"eller" ("and"/"or") between two items
 * (not opening a clause: "Vad fungerar, och vad saknas?"), within one clause.
 * Each is a subject the question invites, as a coordinator's headings show
 * ("Välfärdsteknik i hemmet"), unlike the question's own subject.
 */
export function listedInQuestion(question: string, stemsOf: (text: string) => string[]): Set<string> {
  const out = new Set<string>();
  for (const clause of question.split(/[.?!:;()\u2013\u2014]/u)) {
    const parts = clause.split(',');
    // "B och C" ends a list; ", och vad saknas" joins two clauses.
    if (parts.length < 2 || !/^\s*\S+.*\s(och|eller|and|or)\s/iu.test(parts[parts.length - 1] ?? '')) continue;
    for (const st of stemsOf(clause)) out.add(st);
  }
  return out;
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
   * A phrase that sets the theme apart comes first (an asked one only if the
   * theme uses it far more than the rest of the question); failing that, one
   * the question shares ("Stödplan"); never words of the whole field alone. A
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
    const { asked, broad, listed } = this.words;
    // The head of an asked compound is asked too: "Plan" under a question about "stödplan".
    // It says less than the asked word itself, which heads a theme before it.
    const headOfAsked = (st: string) => [...asked].some((a) => a.length > st.length && a.endsWith(st));
    // An asked word one theme uses far more than the rest of the question sets that theme
    // apart: "Välfärdsteknik" under a question that lists digital meetings, web courses
    // and welfare technology at home, as a coordinator would head it.
    // The question's own subject ("stödplan" in "Hur kan en stödplan hjälpa?") never is.
    const apart = (p: Phrase) => p.share >= ASKED_APART * p.overall;
    const telling = (p: Phrase) =>
      p.stems.some((st) => (!asked.has(st) || (listed.has(st) && apart(p))) && !headOfAsked(st) && !broad.has(st));
    const notBroad = (p: Phrase) => p.stems.some((st) => !broad.has(st) && !headOfAsked(st));
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
        return { label, key: own.key, share: concept.share, stems: [] };
      }
    }
    if (!picked || this.used.has(picked.label.toLowerCase())) return null;
    this.take(picked.key, picked.label);
    return { label: picked.label, key: picked.key, share: picked.share, stems: picked.stems };
  }

  private take(key: string, label: string): void {
    this.taken.add(key);
    this.used.add(label.toLowerCase());
  }
}

/**
 * Groups whose best noun phrase heads another group, and the group each
 * joins: a group nothing else can head, or one headed by something fewer of
 * its replies share. Three replies that share only "stödplan", beside a theme
 * headed "Stödplan", say nothing a reader could tell apart from that theme:
 * they are part of it, not a "Tema 3" of their own; two replies about respite
 * that also touch on a contact person belong under "Avlösning", not under
 * "Samverkan och samordning" beside it. `heads` per group: its heading, null
 * when none could be found, undefined for a group that is not in question
 * (the coordinator's themes, "Övrigt"). A group that joins another takes in none.
 */
export function groupsToJoin(
  heads: readonly (Heading | null | undefined)[],
  phrases: readonly (readonly Phrase[])[],
  broad: ReadonlySet<string>,
): Map<number, number> {
  const holder = new Map<string, number>();
  heads.forEach((h, s) => {
    if (h) holder.set(h.key, s);
  });
  const out = new Map<number, number>();
  heads.forEach((h, s) => {
    if (h === undefined) return;
    // Its best phrase that could head a theme: never the field's words alone ("anhöriga").
    const best = phrases[s]?.find(
      (p) => p.noun && headable(p.text) && looksLikeNounPhrase(p.text) && p.stems.some((st) => !broad.has(st)),
    );
    const to = best ? holder.get(best.key) : undefined;
    if (to === undefined || to === s || !best) return;
    if (h === null || best.share >= h.share) out.set(s, to);
  });
  // A group that goes into another takes in none.
  for (const [from, to] of [...out]) if (out.has(to)) out.delete(from);
  return out;
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
