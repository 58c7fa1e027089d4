import type { VerbatimGuard } from './verbatim-guard';

/** A text's words, lower case: letters and digits, as headings and names are compared. */
export const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a phrase (its text and stems) may head a theme or stand as its
 * keyword: it holds none of `banned` (words: the networks' names, one-word
 * redaction placeholders), no run of `bannedPhrases` (placeholders of several
 * words, lower case, one space apart, kept out only as a whole), and nothing
 * an author did not consent to have quoted.
 */
export function headingAllows(
  banned: ReadonlySet<string>,
  bannedPhrases: readonly string[],
  guard: Pick<VerbatimGuard, 'leaks'>,
): (text: string, stems: readonly string[]) => boolean {
  const runs = bannedPhrases.map((p) => ` ${p} `);
  return (text, stems) => {
    const words = lowerWords(text);
    if (stems.some((st) => banned.has(st)) || words.some((w) => banned.has(w))) return false;
    const run = ` ${words.join(' ')} `;
    return !runs.some((p) => run.includes(p)) && !guard.leaks(text);
  };
}
