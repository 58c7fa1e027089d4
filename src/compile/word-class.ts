import { stem } from './swedish-stem';
import type { Token } from './tokenize';

/**
 * Whether a word is used as a noun, a verb or an adjective in a question's
 * replies, read from the function word before it: "en/min/vår/i/med …" come
 * before nouns, "att/ska/kan/vill/jag/vi …" before verbs, "är/blir/så/väldigt
 * …" before adjectives. No dictionary is needed, and it works on what people
 * actually wrote: "fick" follows "jag" and "vi", "sjuk" follows "blev" and
 * "är", "avlösning" follows "om" and "mer". A heading is a noun phrase, so a
 * word the replies use mostly as a verb or an adjective heads no theme
 * ("Fick", "Sjuk", "Använd"), though its suffix may look like a noun's.
 *
 * Linear in the words; one map of counts per question.
 */

// Determiners and possessives: the next content word is (almost always) a noun or an adjective before one.
const DETERMINER = new Set(
  `en ett min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era hans hennes deras dess
  denna detta dessa varje ingen inget någon något några flera många samma
  a an my your his her its our their this these those every each no`.split(/\s+/),
);
// Prepositions: mostly a noun next, sometimes an adjective or "att".
const PREPOSITION = new Set(
  `i på med om för till från av hos utan under över efter genom mot vid inom kring mellan bland via
  in on with about for to from of at without under over after through against within among`.split(/\s+/),
);
// Before a verb: the infinitive marker and modal verbs.
const BEFORE_VERB = new Set(
  `att ska skall kan kunde vill ville måste brukar borde bör skulle orkar hinner vågar
  to will would can could should must`.split(/\s+/),
);
// Subject pronouns: a verb follows when the pronoun opens the clause ("jag vet"), not when it
// follows its verb ("fick jag avlösning", Swedish puts the verb second).
const SUBJECT = new Set('jag vi du ni hon han i we you they she he'.split(/\s+/));
// Before an adjective (or an adverb): copulas and degree words.
const BEFORE_ADJECTIVE = new Set(
  `är var blir blev bli varit blivit känns kändes så väldigt jätte helt ganska lika alltför
  is was are were be been become became very quite so too`.split(/\s+/),
);
// After a verb: object pronouns, and subject pronouns in a Swedish main clause with the verb
// second ("Förra året fick jag …"); a noun can be followed by one too ("stödet jag fick"), so
// that counts less.
const AFTER_VERB = new Set('mig dig oss honom henne dem sig me us him them'.split(/\s+/));
const SUBJECT_AFTER = new Set('jag vi hon han'.split(/\s+/));

interface Evidence {
  noun: number;
  verb: number;
  adjective: number;
}

export class WordClasses {
  private readonly counts = new Map<string, Evidence>();

  /** Reads every content word of `docs` in its context. */
  static of(docs: readonly { tokens: readonly Token[]; language: 'sv' | 'en' }[]): WordClasses {
    const classes = new WordClasses();
    for (const d of docs) classes.read(d.tokens, d.language);
    return classes;
  }

  private read(tokens: readonly Token[], language: 'sv' | 'en'): void {
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i] as Token;
      if (t.stop) continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const prev = before && before.run === t.run ? before.lower : '';
      const first = tokens[i - 2];
      const opensClause = !first || first.run !== before?.run || first.stop;
      const next = after && after.run === t.run ? after.lower : '';
      let e: Evidence | undefined;
      const add = (k: keyof Evidence, w: number) => {
        if (!e) {
          const key = stem(t.lower, language);
          e = this.counts.get(key);
          if (!e) {
            e = { noun: 0, verb: 0, adjective: 0 };
            this.counts.set(key, e);
          }
        }
        e[k] += w;
      };
      if (DETERMINER.has(prev)) add('noun', 2);
      else if (PREPOSITION.has(prev)) add('noun', 1);
      // "att" also means "that" ("tyckte att avlösning …"): only an infinitive (in -a, or a
      // short verb: "gå", "få") after it or a modal is read as a verb.
      else if (BEFORE_VERB.has(prev) && (language === 'en' || t.lower.endsWith('a') || t.lower.length <= 3)) {
        add('verb', 2);
      }
      else if (SUBJECT.has(prev) && opensClause) add('verb', 1);
      else if (BEFORE_ADJECTIVE.has(prev)) add('adjective', 1);
      if (AFTER_VERB.has(next)) add('verb', 2);
      else if (SUBJECT_AFTER.has(next)) add('verb', 1);
    }
  }

  /**
   * False only when the replies use the word (by its stem) more as a verb or
   * an adjective than as a noun; a word with no telling context is given the
   * benefit of the doubt (its form decides elsewhere).
   */
  nounLike(wordStem: string): boolean {
    const e = this.counts.get(wordStem);
    if (!e) return true;
    return e.noun >= e.verb + e.adjective;
  }

  /** True when the replies use the word more as a verb than as anything else. */
  verbLike(wordStem: string): boolean {
    const e = this.counts.get(wordStem);
    if (!e) return false;
    return e.verb > e.noun + e.adjective;
  }

  /**
   * A phrase (its content stems, in order) heads a theme only if its last
   * word is used as a noun and its first is not a verb ("Behöva stöd").
   */
  nounPhrase(stems: readonly string[]): boolean {
    const last = stems[stems.length - 1];
    const first = stems[0];
    if (last === undefined || first === undefined) return false;
    return this.nounLike(last) && (stems.length === 1 || !this.verbLike(first));
  }
}
