import { ENGLISH_STOPWORDS, SWEDISH_STOPWORDS } from './stopwords';

export interface Token {
  /** As written. */
  surface: string;
  lower: string;
  /** Index of the phrase run the token sits in; labels never cross a run. */
  run: number;
  stop: boolean;
}

// A word is letters and digits, with inner hyphens or apostrophes
// ("Social-hållbarhet", "Nka:s" becomes "Nka" and "s"): what
// /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu matches, found by wordSpans().
// Anything that ends a phrase: punctuation, brackets, quotes, dashes between words.
const BREAK = /[.,;:!?()[\]{}"”“«»/|•–—*#<>]|\s-\s|\n/u;
const NUMBER = /^\p{N}+$/u;

// Performance (issue 13): words are found by a scan over the characters
// rather than by matching WORD, which made an array per word (and a string
// per gap between words); the scan finds the same words. Whether a
// character is a letter or digit is asked of the same Unicode classes,
// once per character (and kept).
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const bmpClass = new Uint8Array(0x10000); // 0: not asked yet, 1: letter or digit, 2: other
const astralClass = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < 0x10000) {
    let c = bmpClass[cp] as number;
    if (c === 0) {
      c = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpClass[cp] = c;
    }
    return c === 1;
  }
  let known = astralClass.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    if (astralClass.size > 10_000) astralClass.clear();
    astralClass.set(cp, known);
  }
  return known;
}

/** Where the run of letters and digits at `i` ends. */
function runEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const cp = text.codePointAt(at) as number;
    if (!isWordChar(cp)) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

/** How many runs of letters and digits `text` has: as many as /[\p{L}\p{N}]+/gu matches, none of them made. */
export function countWordRuns(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (isWordChar(cp)) {
      count += 1;
      i = runEnd(text, i);
    } else i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/**
 * The words of `text`, in order, into `spans` as three numbers each: where
 * the word starts and ends (what WORD matches), and the number of its phrase
 * run (a run ends at punctuation). Returns how many words; `spans` is the
 * caller's to reuse (performance: no array or callback per text).
 */
export function scanWords(text: string, spans: number[]): number {
  const n = text.length;
  let count = 0;
  let run = 0;
  let last = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    // An inner hyphen or apostrophe joins the next run of letters and digits.
    while (i + 1 < n) {
      const joiner = text.charCodeAt(i);
      if (joiner !== 39 && joiner !== 0x2019 && joiner !== 45) break;
      const next = text.codePointAt(i + 1) as number;
      if (!isWordChar(next)) break;
      i = runEnd(text, i + 1);
    }
    if (breaksRun(text, last, start)) run += 1;
    last = i;
    spans[3 * count] = start;
    spans[3 * count + 1] = i;
    spans[3 * count + 2] = run;
    count += 1;
  }
  return count;
}

/** The characters that end a phrase on their own (BREAK's class, and a line break). */
const BREAK_CHARS = new Set([...'.,;:!?()[]{}"”“«»/|•–—*#<>\n'].map((c) => c.charCodeAt(0)));

/**
 * Whether the text between two words ends a phrase. A gap of one character
 * (a space, most often) ends one only if that character does on its own:
 * " - " needs three (performance: no string or pattern for such gaps).
 */
function breaksRun(text: string, from: number, to: number): boolean {
  if (to === from) return false;
  if (to - from === 1) return BREAK_CHARS.has(text.charCodeAt(from));
  return BREAK.test(text.slice(from, to));
}

/** Both stop lists in one set: isStopword() with one look-up. */
const STOPWORDS: ReadonlySet<string> = new Set([...SWEDISH_STOPWORDS, ...ENGLISH_STOPWORDS]);

/** A stop word, or a number: not a content word (a token's `stop`). */
export function isStop(lower: string): boolean {
  if (STOPWORDS.has(lower)) return true;
  const first = lower.charCodeAt(0);
  // A word starting with a-z is no number; other words are asked of \p{N}.
  return !(first >= 97 && first <= 122) && NUMBER.test(lower);
}

/**
 * Splits text into word tokens and numbers their phrase runs: a run ends at
 * punctuation, so a label like "stöd till anhöriga" is only ever taken from
 * words that stood next to each other in one clause.
 */
const spans: number[] = [];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const count = scanWords(text, spans);
  for (let k = 0; k < count; k += 1) {
    const surface = text.slice(spans[3 * k] as number, spans[3 * k + 1] as number);
    const lower = surface.toLowerCase();
    tokens.push({ surface, lower, run: spans[3 * k + 2] as number, stop: isStop(lower) });
  }
  return tokens;
}

/** What a word counts towards Swedish in detectLanguage(): its å, ä or ö, and being a Swedish stop word. */
export const swedishVotes = (lower: string): number => (/[åäö]/.test(lower) ? 1 : 0) + (SWEDISH_STOPWORDS.has(lower) ? 1 : 0);
/** What a word counts towards English in detectLanguage(). */
export const englishVotes = (lower: string): number => (ENGLISH_STOPWORDS.has(lower) ? 1 : 0);

/** "sv" or "en" for a text, by which language's function words it uses more. */
export function detectLanguage(tokens: readonly Token[]): 'sv' | 'en' {
  let sv = 0;
  let en = 0;
  for (const t of tokens) {
    sv += swedishVotes(t.lower);
    en += englishVotes(t.lower);
  }
  return en > sv ? 'en' : 'sv';
}

// Where a sentence ends: after . ! ? … before a capital, a digit, a quote or a
// dash; at line breaks; at a bullet between words. The bullet's whitespace may
// only start where a whitespace run starts ((?<!\s)): tried at every space of
// a long run, `\s+[-•*]` would rescan the rest of the run each time, which is
// quadratic (100,000 spaces took seconds). Where an earlier line break ends
// inside a run, the rest of the run and the bullet are stripped from the next
// sentence below, as the split would have left them.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"”“-])|\n+|(?<!\s)\s+[-•*]\s+(?=\p{Lu})/u;

/**
 * Sentences of a text, for summaries and for splitting long minutes. Bullets
 * and line breaks end a sentence too: minutes are often lists. Linear in the
 * text's length, whatever it holds.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.replace(/^[\s\-•*]+/, '').trim())
    .filter((s) => s.length > 0);
}
