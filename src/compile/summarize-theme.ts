import { type Locale, translate } from '../i18n/translate';
import { headable, looksLikeNounPhrase, type ThemeWords } from './label-theme';
import { mmr } from './mmr';
import { dot, dotDense, type SparseVector } from './sparse-vector';
import { standaloneSentences } from './standalone-sentences';
import { BROAD_STEMS } from './stopwords';
import type { VerbatimGuard } from './verbatim-guard';

export interface SummaryDoc {
  replyId: string;
  text: string;
  vector: SparseVector;
  consent: boolean;
  minutes: boolean;
}

export interface ThemeFacts {
  label: string;
  /** False when no phrase or concept could head the theme ("Tema 3"): the synthesis then does not name it. */
  named: boolean;
  other: boolean;
  /** Distinct replies (answers and minutes) with text under the theme. */
  replies: number;
  networks: number;
  networkTotal: number;
  /** Roles of the answers under the theme, most frequent first (minutes not included). */
  roles: readonly string[];
  /** Networks whose group minutes speak of the theme. */
  minutesNetworks: number;
  /** Key phrases several replies share, best first, as written. */
  phrases: readonly string[];
  /**
   * The replies are in another language than the draft ("avlösning i hemmet" in an English
   * draft): the phrases they share stand in quotation marks, as written (the voices always do).
   */
  theirWords: boolean;
  /** The heading is a phrase of replies in another language than the draft: quoted too, as written. */
  theirHeading: boolean;
}

/** Only the replies nearest the centre are read for sentences: bounded work in a big theme. */
const MAX_DOCS = 40;
const MAX_PHRASES = 3;

/** A phrase a synthesis names needs this share of the theme's replies. */
const PHRASE_SHARE = 0.2;

/**
 * The theme's phrases a synthesis may name ("Man tar bland annat upp …"):
 * noun phrases a fifth of its replies share, not the heading's or the
 * question's words again (`said`), and not words the whole field uses
 * alone ("stödet", "anhöriga" say nothing of this theme).
 */
export function phrasesToName(phrases: ThemeWords['phrases'], said: (stem: string) => boolean): string[] {
  return phrases
    .filter(
      (p) =>
        !p.stems.some(said) &&
        p.stems.some((st) => !BROAD_STEMS.has(st)) &&
        p.share >= PHRASE_SHARE &&
        headable(p.text) &&
        p.noun &&
        looksLikeNounPhrase(p.text),
    )
    .map((p) => p.text);
}

/** "a", "a och b", "a, b och c". */
export function listWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A heading used inside a sentence: lower case unless it is an acronym or a name ("LSS", "Röda korset"). */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first sentence of a synthesis, for a theme with a heading of its own and for one without ("Tema 3"). */
const OPENING = {
  named: { all: 'compile.synthesis.all', some: 'compile.synthesis.some', replies: 'compile.synthesis.replies' },
  unnamed: {
    all: 'compile.synthesis.unnamed.all',
    some: 'compile.synthesis.unnamed.some',
    replies: 'compile.synthesis.unnamed.replies',
  },
} as const;

/**
 * A synthesis of a theme in the manner of Nka's compilations: written about
 * the networks in the third person. It says what the data holds for sure
 * (how many networks raised the theme, which roles, the phrases several
 * replies share), then adds up to two sentences from replies whose authors
 * consented to be quoted, chosen near the theme's centre, unlike each other
 * able to stand alone and about the theme (`about`: the other sentences of
 * a reply are often about something else, "Man vet aldrig vem man ska
 * ringa." after one on respite). Nothing from a reply without consent appears
 * verbatim (`guard`), and sentences of replies already quoted are not
 * repeated (`quoted`).
 */
export function summarizeTheme(
  facts: ThemeFacts,
  docs: readonly SummaryDoc[],
  centre: Float64Array,
  vectorOf: (text: string) => SparseVector,
  guard: VerbatimGuard,
  quoted: ReadonlySet<string>,
  locale: Locale,
  about: (sentence: string) => boolean,
): string {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  if (facts.other) return tr('compile.synthesis.other', { count: facts.replies });
  const and = tr('compile.and');
  const marked = (text: string) => tr('compile.quoted', { text });
  const Theme = facts.theirHeading ? marked(facts.label) : capital(facts.label);
  const theme = facts.theirHeading ? marked(facts.label) : inSentence(facts.label);
  const out: string[] = [];
  // "Ett tema … är tema 3" says nothing: a theme without a heading of its own is "Det här temat".
  const opening = facts.named ? OPENING.named : OPENING.unnamed;
  if (facts.networkTotal > 1 && facts.networks >= facts.networkTotal) {
    out.push(tr(opening.all, { theme }));
  } else if (facts.networkTotal > 1 && facts.networks > 0) {
    out.push(tr(opening.some, { Theme, theme, count: facts.networks, total: facts.networkTotal }));
  } else {
    out.push(tr(opening.replies, { Theme, count: facts.replies }));
  }
  if (facts.roles.length > 0) {
    const roles = facts.roles.map((r) => {
      const word = translate(locale, `compile.rolePlural.${r}`);
      return word === `compile.rolePlural.${r}` ? r : word;
    });
    out.push(tr('compile.synthesis.roles', { roles: listWords(roles, and) }));
  }
  if (facts.minutesNetworks > 0) out.push(tr('compile.synthesis.minutes', { count: facts.minutesNetworks }));
  const phrases = facts.phrases.slice(0, MAX_PHRASES).map((p) => (facts.theirWords ? marked(inSentence(p)) : inSentence(p)));
  if (phrases.length > 0) out.push(tr('compile.synthesis.phrases', { phrases: listWords(phrases, and) }));

  const nearest = docs
    .filter((d) => d.consent && !quoted.has(d.replyId))
    .map((d, i) => ({ d, i, sim: dotDense(d.vector, centre) }))
    .sort((a, b) => b.sim - a.sim || a.i - b.i)
    .slice(0, MAX_DOCS);
  const sentences: { text: string; vector: SparseVector; sim: number }[] = [];
  for (const { d } of nearest) {
    for (const text of standaloneSentences(d.text, { guard, minutes: d.minutes })) {
      if (!about(text)) continue;
      const vector = vectorOf(text);
      sentences.push({ text, vector, sim: dotDense(vector, centre) });
    }
  }
  const count = facts.replies >= 4 ? 2 : 1;
  const chosen = mmr(
    sentences,
    (s) => s.sim,
    (a, b) => dot(a.vector, b.vector),
    count,
  );
  // A voice is a person's own words: in quotation marks, as the quotes below the synthesis are.
  if (chosen.length > 0) out.push(tr('compile.synthesis.voices'), ...chosen.map((s) => marked(s.text)));
  return out.join(' ');
}
