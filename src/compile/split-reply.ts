import { countWordRuns, splitSentences } from './tokenize';

/** Replies longer than this many words are split: they are usually a leader's minutes. */
export const SPLIT_ABOVE_WORDS = 120;
const PART_MIN_WORDS = 40;
const PART_MAX_WORDS = 110;

const wordCount = countWordRuns;

/** Pieces of text on their way to one part, and their words counted once. */
interface Draft {
  texts: string[];
  words: number;
}

/**
 * Splits a long reply into parts that may go to different themes: a
 * leader's minutes often cover several. Paragraphs (blank lines, list items)
 * are the natural seams; paragraphs too long are cut between sentences; parts
 * too short are joined to the one before, so a part always says something.
 * Short replies come back whole, as one part. Each sentence's words are
 * counted once, so the work is linear in the text however it is laid out
 * (thousands of one-word paragraphs used to be recounted at every join).
 */
export function splitReply(text: string): string[] {
  if (wordCount(text) <= SPLIT_ABOVE_WORDS) return [text];
  const paragraphs = text
    .split(/\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const pieces: Draft[] = [];
  for (const p of paragraphs) {
    const words = wordCount(p);
    if (words <= PART_MAX_WORDS) {
      pieces.push({ texts: [p], words });
      continue;
    }
    let current: Draft = { texts: [], words: 0 };
    for (const s of splitSentences(p)) {
      const w = wordCount(s);
      if (current.texts.length > 0 && current.words + w > PART_MAX_WORDS) {
        pieces.push(current);
        current = { texts: [s], words: w };
      } else {
        current.texts.push(s);
        current.words += w;
      }
    }
    if (current.texts.length > 0) pieces.push(current);
  }
  const parts: { pieces: string[]; words: number }[] = [];
  for (const piece of pieces) {
    const text = piece.texts.join(' ');
    const last = parts[parts.length - 1];
    if (last !== undefined && (last.words < PART_MIN_WORDS || piece.words < PART_MIN_WORDS / 2)) {
      last.pieces.push(text);
      last.words += piece.words;
    } else parts.push({ pieces: [text], words: piece.words });
  }
  return parts.length > 0 ? parts.map((p) => p.pieces.join('\n\n')) : [text];
}
