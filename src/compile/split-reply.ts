import { splitSentences } from './tokenize';

/** Replies longer than this many words are split: they are usually a leader's minutes. */
export const SPLIT_ABOVE_WORDS = 120;
const PART_MIN_WORDS = 40;
const PART_MAX_WORDS = 110;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Splits a long reply into parts that may go to different themes: a
 * leader's minutes often cover several. Paragraphs (blank lines, list items)
 * are the natural seams; paragraphs too long are cut between sentences; parts
 * too short are joined to the one before, so a part always says something.
 * Short replies come back whole, as one part.
 */
export function splitReply(text: string): string[] {
  if (wordCount(text) <= SPLIT_ABOVE_WORDS) return [text];
  const paragraphs = text
    .split(/\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const pieces: string[] = [];
  for (const p of paragraphs) {
    if (wordCount(p) <= PART_MAX_WORDS) {
      pieces.push(p);
      continue;
    }
    let current = '';
    for (const s of splitSentences(p)) {
      if (current && wordCount(current) + wordCount(s) > PART_MAX_WORDS) {
        pieces.push(current);
        current = s;
      } else current = current ? `${current} ${s}` : s;
    }
    if (current) pieces.push(current);
  }
  const parts: string[] = [];
  for (const piece of pieces) {
    const last = parts[parts.length - 1];
    if (last !== undefined && (wordCount(last) < PART_MIN_WORDS || wordCount(piece) < PART_MIN_WORDS / 2)) {
      parts[parts.length - 1] = `${last}\n\n${piece}`;
    } else parts.push(piece);
  }
  return parts.length > 0 ? parts : [text];
}
