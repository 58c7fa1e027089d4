/**
 * Keeps the words of people who did not consent to be quoted out of
 * everything the compiler writes. Their replies still count and still shape
 * the themes, and short key phrases that several replies share may be used;
 * but no run of `RUN` words in a row from any of their texts may appear in a
 * summary, heading, plan line or part, and neither may a whole short reply
 * (three words or more) of theirs.
 *
 * Linear: each text is cut into word windows once, and a candidate is checked
 * window by window against a set.
 */
export const RUN = 5;
/** A whole reply this short is protected too, so "Avlösningen fungerar inte alls" stays theirs. */
const SHORT_MIN = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

export class VerbatimGuard {
  private readonly runs = new Set<string>();
  /** Whole short texts, keyed by their word count. */
  private readonly short = new Map<number, Set<string>>();

  constructor(protectedTexts: Iterable<string>) {
    for (const text of protectedTexts) this.protect(text);
  }

  private protect(text: string): void {
    const words = wordsOf(text);
    if (words.length < RUN) {
      if (words.length < SHORT_MIN) return;
      const set = this.short.get(words.length) ?? new Set<string>();
      set.add(words.join(' '));
      this.short.set(words.length, set);
      return;
    }
    for (let i = 0; i + RUN <= words.length; i += 1) this.runs.add(words.slice(i, i + RUN).join(' '));
  }

  /** Whether `text` repeats protected words verbatim. */
  leaks(text: string): boolean {
    const words = wordsOf(text);
    if (this.runs.size > 0) {
      for (let i = 0; i + RUN <= words.length; i += 1) {
        if (this.runs.has(words.slice(i, i + RUN).join(' '))) return true;
      }
    }
    for (const [n, set] of this.short) {
      for (let i = 0; i + n <= words.length; i += 1) if (set.has(words.slice(i, i + n).join(' '))) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.runs.size === 0 && this.short.size === 0;
  }
}
