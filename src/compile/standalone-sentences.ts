import { countWordRuns, splitSentences } from './tokenize';
import type { VerbatimGuard } from './verbatim-guard';

/**
 * Sentences of a reply that can stand in a synthesis written about the
 * networks in the third person: whole statements (6–40 words, not a
 * question), that do not lean on what came before ("Också …", "Dit …",
 * "Det är också …", "Men …", "… den rollen"), do not speak as "jag" (a person's own story
 * belongs in a quote), and repeat nothing a person said without consent.
 */
const MIN_WORDS = 6;
const MAX_WORDS = 40;

// Words that point back at something the sentence does not itself say.
const LEANING_START =
  /^(också|även|dit|där|därför|då|sedan|den|denna|detta|dessa|de|dem|han|hon|hen|men|och|så|annars|alltså|dock|eller|samt|som|vilket|här|till sist|slutligen|dessutom|först|sen|vidare|this|that|these|those|it|they|he|she|there|then|but|and|so|also|which|however|too)(?![\p{L}\p{N}])/iu;
// "Det" is fine where it points at nothing on purpose: "Det finns …", "Det är viktigt att …".
const EXPLETIVE_DET = /^det (finns|fanns|behövs|saknas|krävs|går|gäller|handlar)(?![\p{L}\p{N}])|^det (är|var|blir|vore) [\p{L}-]+ (att|när|om|med)(?![\p{L}\p{N}])/iu;
const EXPLETIVE_IT = /^(it is|it's|it was) [\p{L}-]+ (to|that|when)(?![\p{L}\p{N}])|^there (is|are|was|were)(?![\p{L}\p{N}])/iu;
const BACK_REFERENCE = /^(\S+\s+){0,3}(också|även|too|also)(?![\p{L}\p{N}])/iu;
// A demonstrative anywhere points back too: "Någon på kommunen borde ha den rollen.", "på det
// sättet", "dessa". Not "den närstående" or "den enskilde anhörige": an adjective, not a pointing
// noun, follows there ("-e", "-a"), and in "om de vet" a verb does.
const DEMONSTRATIVE =
  /(?<![\p{L}\p{N}])(?:(?:den|det|de)(?: här| där)? (?!vet(?![\p{L}\p{N}]))\p{L}+(?:en|et|na)|denna|detta|dessa|sådan|sådant|sådana)(?![\p{L}\p{N}])/iu;
const FIRST_PERSON = /(?<![\p{L}\p{N}])(jag|mig|mej|min|mitt|mina|me|my|mine)(?![\p{L}\p{N}])/u;
const FIRST_PERSON_PLURAL = /(?<![\p{L}\p{N}])(vi|oss|vår|vårt|våra|we|us|our)(?![\p{L}\p{N}])/iu;

export interface SentenceOptions {
  guard: VerbatimGuard;
  /** Group minutes speak for the group: their "vi" is the network's, and reads well. */
  minutes: boolean;
}

export function standsAlone(sentence: string, opts: SentenceOptions): boolean {
  const s = sentence.trim();
  const words = countWordRuns(s);
  if (words < MIN_WORDS || words > MAX_WORDS || s.endsWith('?')) return false;
  if (!/^\p{Lu}/u.test(s)) return false;
  const lower = s.toLowerCase();
  if (/^det(?![\p{L}\p{N}])/u.test(lower) && !EXPLETIVE_DET.test(lower)) return false;
  if (/^it(?![\p{L}\p{N}])/u.test(lower) && !EXPLETIVE_IT.test(lower)) return false;
  if (/^there(?![\p{L}\p{N}])/u.test(lower) && !EXPLETIVE_IT.test(lower)) return false;
  if (!/^(det|it|there)(?![\p{L}\p{N}])/u.test(lower) && LEANING_START.test(lower)) return false;
  if (BACK_REFERENCE.test(lower) || DEMONSTRATIVE.test(lower)) return false;
  if (FIRST_PERSON.test(lower) || /(?<![\p{L}\p{N}])I(?![\p{L}\p{N}])/u.test(s)) return false;
  if (!opts.minutes && FIRST_PERSON_PLURAL.test(lower)) return false;
  // A redaction placeholder or a chat mention reads as a gap in a synthesis.
  if (/[[\]<>@]/.test(s)) return false;
  return !opts.guard.leaks(s);
}

/** The sentences of `text` that stand alone, each ending with a full stop. */
export function standaloneSentences(text: string, opts: SentenceOptions): string[] {
  return splitSentences(text)
    .filter((s) => standsAlone(s, opts))
    .map((s) => s.trim())
    .map((s) => (/[.!…]$/.test(s) ? s : `${s}.`));
}
