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

/**
 * Sentences of a text, for summaries and for splitting long minutes. Bullets
 * and line breaks end a sentence too: minutes are often lists.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"”“-])|\n+|\s+[-•*]\s+(?=\p{Lu})/u)
    .map((s) => s.replace(/^[\s\-•*]+/, '').trim())
    .filter((s) => s.length > 0);
}
