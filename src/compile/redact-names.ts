import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names';
import { NAME_CUES } from './name-cues';
import { isStopword } from './stopwords';

/**
 * People's names, found by tokenising once and looking at each word's
 * neighbours (linear on any input):
 * - a capitalised word after a relation or a naming word ("min man Per",
 *   "sonen Jukka", "som heter Sara", "my wife Mary"), and the capitalised
 *   word after it;
 * - a common Swedish first name ("Kerstin", "Anna-Karin", "Annas"); one that
 *   is also an ordinary word ("Per", "Bo", "Hans", "Inga") only in the middle
 *   of a sentence or before a surname;
 * - the word after a first name when it is capitalised ("Eva Lindberg") or
 *   an -sson name ("Per andersson"), and a capitalised -sson name anywhere.
 * Places, authorities and roles ("Eskilstuna", "Region", "Kommunen") never
 * are. Each run of names becomes one placeholder.
 */
interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** One of the placeholders already in the text: never a name, never a cue. */
  placeholder: boolean;
  /** First in a sentence, a line or a quote. */
  sentenceStart: boolean;
  /** Only a space or two from the previous token. */
  joined: boolean;
  /** Only a dot and a space or two from the previous token ("Dr. Berg"). */
  afterDot: boolean;
  /**
   * Written right before a digit, "@", "+" or "(": part of something else
   * ("Anna0701234567", "Per@here"), and left alone, so that what the other
   * patterns see does not change when it is redacted.
   */
  glued: boolean;
}

const WORD = String.raw`\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
// A full stop or colon only before a space ("070.123" and "13:00" are not).
const SENTENCE_BREAK = /[!?…\n\r•"“”«»]|[.:](?!\S)/;
const GLUE = /[0-9@+(]/;
const JOINED = /^[ \u00a0]{1,2}$/;
const AFTER_DOT = /^\.[ \u00a0]{1,2}$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SSON = /\p{Ll}{2}ssons?$/u;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The pattern of the last placeholders seen: a compile redacts every reply
// with the same ones, and building the pattern per text was a tenth of it.
let cachedPattern: { key: string; pattern: RegExp } | null = null;

function wordPattern(placeholders: readonly string[]): RegExp {
  const key = placeholders.join('\u0000');
  if (cachedPattern?.key !== key) {
    const known = placeholders.map(escapeRegExp).join('|');
    cachedPattern = { key, pattern: new RegExp(known ? `${known}|${WORD}` : WORD, 'gu') };
  }
  return cachedPattern.pattern;
}

/**
 * The words (and placeholders) of a text as the pattern finds them, with
 * where each starts. Performance (issue 13): match() finds them all at once
 * (no match object per word); each starts where it first occurs after the
 * one before, since a place where a word occurs is a place the pattern
 * matches, and it matches nowhere in between.
 */
function words(text: string, placeholders: readonly string[]): { words: string[]; starts: number[] } {
  const pattern = wordPattern(placeholders);
  if (placeholders.includes('')) return wordsOneByOne(text, pattern);
  pattern.lastIndex = 0;
  const found = text.match(pattern) ?? [];
  const starts: number[] = [];
  let end = 0;
  for (const word of found) {
    const start = text.indexOf(word, end);
    starts.push(start);
    end = start + word.length;
  }
  return { words: found, starts };
}

/** As words(), a match at a time: an empty placeholder matches everywhere. */
function wordsOneByOne(text: string, pattern: RegExp): { words: string[]; starts: number[] } {
  const found: string[] = [];
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const word = m[0];
    // As matchAll does: an empty match moves on by one code point.
    if (word === '') pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    found.push(word);
    starts.push(start);
  }
  return { words: found, starts };
}

function tokenize(text: string, placeholders: readonly string[], found = words(text, placeholders)): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  found.words.forEach((word, k) => {
    const start = found.starts[k] as number;
    const first = tokens.length === 0;
    let sentenceStart = first;
    let joined = !first;
    let afterDot = false;
    // A lone space, the common gap, is neither a break nor a dot (performance).
    if (!(start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32)) {
      const gap = text.slice(previousEnd, start);
      sentenceStart = first || SENTENCE_BREAK.test(gap);
      joined = !first && JOINED.test(gap);
      afterDot = !first && AFTER_DOT.test(gap);
    }
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      placeholder: placeholders.includes(word),
      sentenceStart,
      joined,
      afterDot,
      glued: GLUE.test(text[start + word.length] ?? ''),
    });
    previousEnd = start + word.length;
  });
  return tokens;
}

/**
 * Whether a name may start in the text: a capitalised() word that is a first
 * name, an -sson name, or follows a naming or kinship word or a title. Only
 * such a word is ever marked first (see nameTokens): with none, nothing is
 * redacted. Performance (issue 13): most replies have none, and are then
 * left without building their tokens.
 */
function mayHoldName(text: string, placeholders: readonly string[], found: { words: string[]; starts: number[] }) {
  return found.words.some((word, k) => {
    const c = word.charCodeAt(0);
    // No ASCII character but A-Z is an upper-case letter.
    if ((c < 65 || c > 90) && c < 128) return false;
    if (!CAPITALISED.test(word)) return false;
    const start = found.starts[k] as number;
    const t: Token = {
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      placeholder: placeholders.includes(word),
      sentenceStart: false,
      joined: false,
      afterDot: false,
      glued: GLUE.test(text[start + word.length] ?? ''),
    };
    if (!capitalised(t)) return false;
    if (firstName(t) !== null || SSON.test(t.text)) return true;
    const before = found.words[k - 1]?.toLowerCase();
    return before !== undefined && (NAME_CUES.titles.has(before) || NAME_CUES.naming.has(before) || NAME_CUES.kin.has(before));
  });
}

/** A capitalised word that may be a name: not a place, a role or a function word ("Han", "Alla"), unless a first name ("Per"). */
const capitalised = (t: Token | undefined): boolean =>
  t !== undefined &&
  !t.placeholder &&
  !t.glued &&
  CAPITALISED.test(t.text) &&
  !NAME_CUES.notName(t.lower) &&
  !(isStopword(t.lower) && firstName(t) === null);

/** A word that can be the surname after a first name: capitalised, or an -sson name ("andersson"). */
const surname = (t: Token | undefined): boolean =>
  capitalised(t) || (t !== undefined && !t.placeholder && !t.glued && SSON.test(t.lower));

/** The first name a part of a word is, with a genitive s taken off ("Annas"). */
function firstNameOf(part: string): string | undefined {
  if (FIRST_NAMES.has(part)) return part;
  const stem = part.endsWith('s') ? part.slice(0, -1) : '';
  return FIRST_NAMES.has(stem) ? stem : undefined;
}

/** 'plain' for "Kerstin", "Anna-Karin"; 'ambiguous' for "Per", "Hans"; null for other words. */
function firstName(t: Token): 'plain' | 'ambiguous' | null {
  const names = t.text.split('-').map(firstNameOf);
  if (names.some((n) => n === undefined)) return null;
  return names.every((n) => n !== undefined && AMBIGUOUS_FIRST_NAMES.has(n)) ? 'ambiguous' : 'plain';
}

/** Whether `cue` says that a name follows it directly. */
function namesNext(tokens: readonly Token[], at: number): boolean {
  const cue = tokens[at];
  const next = tokens[at + 1];
  if (!cue || cue.placeholder || !next) return false;
  if (NAME_CUES.titles.has(cue.lower)) return next.joined || next.afterDot;
  if (!next.joined) return false;
  if (NAME_CUES.naming.has(cue.lower)) return true;
  if (!NAME_CUES.kin.has(cue.lower)) return false;
  if (!NAME_CUES.needsPossessive.has(cue.lower)) return true;
  const before = tokens[at - 1];
  return before !== undefined && cue.joined && NAME_CUES.possessives.has(before.lower);
}

/** Which tokens are (parts of) names. */
function nameTokens(tokens: readonly Token[]): boolean[] {
  const marked = tokens.map(() => false);
  // A name that may take the capitalised word after it as its surname.
  let takesSurname = false;
  tokens.forEach((t, i) => {
    const after = takesSurname;
    takesSurname = false;
    if (!capitalised(t)) {
      marked[i] = after && t.joined && surname(t);
      return;
    }
    const kind = firstName(t);
    const next = tokens[i + 1];
    const surnameNext = next?.joined === true && surname(next);
    if (namesNext(tokens, i - 1) || kind === 'plain' || (kind === 'ambiguous' && (!t.sentenceStart || surnameNext))) {
      marked[i] = true;
      takesSurname = true;
    } else marked[i] = (after && t.joined) || SSON.test(t.text);
  });
  return marked;
}

/** `text` with every name replaced by `placeholder`; `placeholders` are left as they are. */
export function redactNames(text: string, placeholder: string, placeholders: readonly string[]): string {
  const found = words(text, placeholders);
  if (!mayHoldName(text, placeholders, found)) return text;
  const tokens = tokenize(text, placeholders, found);
  const marked = nameTokens(tokens);
  let out = '';
  let copied = 0;
  tokens.forEach((t, i) => {
    if (!marked[i]) return;
    if (i > 0 && marked[i - 1] && t.joined) {
      copied = t.end;
      return;
    }
    out += text.slice(copied, t.start) + placeholder;
    copied = t.end;
  });
  return out + text.slice(copied);
}
