import { ENGLISH_STOPWORDS, isStopword, SWEDISH_STOPWORDS } from './stopwords';

export interface Token {
  /** As written. */
  surface: string;
  lower: string;
  /** Index of the phrase run the token sits in; labels never cross a run. */
  run: number;
  stop: boolean;
}

// A word is letters and digits, with inner hyphens or apostrophes
// ("Social-hållbarhet", "Nka:s" becomes "Nka" and "s").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Anything that ends a phrase: punctuation, brackets, quotes, dashes between words.
const BREAK = /[.,;:!?()[\]{}"”“«»/|•–—*#<>]|\s-\s|\n/u;

/**
 * Splits text into word tokens and numbers their phrase runs: a run ends at
 * punctuation, so a label like "stöd till anhöriga" is only ever taken from
 * words that stood next to each other in one clause.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let run = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (BREAK.test(text.slice(last, start))) run += 1;
    last = start + m[0].length;
    const lower = m[0].toLowerCase();
    tokens.push({ surface: m[0], lower, run, stop: isStopword(lower) || /^\p{N}+$/u.test(lower) });
  }
  return tokens;
}

/** "sv" or "en" for a text, by which language's function words it uses more. */
export function detectLanguage(tokens: readonly Token[]): 'sv' | 'en' {
  let sv = 0;
  let en = 0;
  for (const t of tokens) {
    if (/[åäö]/.test(t.lower)) sv += 1;
    if (SWEDISH_STOPWORDS.has(t.lower)) sv += 1;
    if (ENGLISH_STOPWORDS.has(t.lower)) en += 1;
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
