/**
 * Keeps the words of people who did not consent to be quoted out of
 * everything the compiler writes. Their replies still count and still shape
 * the themes, and short key phrases that several replies share may be used;
 * but no run of `RUN` words in a row from any of their texts may appear in a
 * summary, heading, plan line or part, and neither may a whole short reply
 * (three words or more) of theirs.
 *
 * Linear: each text is cut into word windows once, and a candidate is checked
 * window by window against an index of them.
 */
export const RUN = 5;
/** A whole reply this short is protected too, so "Avlösningen fungerar inte alls" stays theirs. */
const SHORT_MIN = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** A hash of the RUN word ids from `at`, small enough to be a small integer key. */
function windowHash(ids: readonly number[], at: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < RUN; j += 1) h = Math.imul(h ^ (ids[at + j] as number), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * Performance (issue 13): the protected texts' words are kept as ids, each
 * text's once, and every window of RUN words is found by a hash of its ids
 * with a chain of the windows that share it, compared id by id. This once
 * kept a string of every window (a slice and a join each), which was a
 * twentieth of a big round's compile; what leaks is the same.
 */
export class VerbatimGuard {
  /** Each distinct protected word's id. */
  private readonly ids = new Map<string, number>();
  /** The word ids of every protected text of RUN words or more, one after another. */
  private readonly store: number[] = [];
  /** Per window hash, the store position of the last distinct window with it; per position, the one before (-1: none). */
  private readonly head = new Map<number, number>();
  private readonly chain: number[] = [];
  private windows = 0;
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
    const { store, chain, ids } = this;
    const start = store.length;
    for (const w of words) {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      store.push(id);
      chain.push(-1);
    }
    for (let at = start; at + RUN <= store.length; at += 1) {
      const h = windowHash(store, at);
      const first = this.head.get(h);
      if (first !== undefined && this.find(store, at, first) >= 0) continue;
      chain[at] = first ?? -1;
      this.head.set(h, at);
      this.windows += 1;
    }
  }

  /** The store position of a window equal to ids[at..at+RUN), walking the chain from `from`; -1 if none. */
  private find(ids: readonly number[], at: number, from: number | undefined): number {
    const { store, chain } = this;
    for (let p = from ?? -1; p >= 0; p = chain[p] as number) {
      let j = 0;
      while (j < RUN && store[p + j] === ids[at + j]) j += 1;
      if (j === RUN) return p;
    }
    return -1;
  }

  /** Whether `text` repeats protected words verbatim. */
  leaks(text: string): boolean {
    const words = wordsOf(text);
    if (this.windows > 0 && words.length >= RUN) {
      // A word no protected text has is -1: no window with it can match.
      const ids = words.map((w) => this.ids.get(w) ?? -1);
      for (let i = 0; i + RUN <= ids.length; i += 1) {
        if (this.find(ids, i, this.head.get(windowHash(ids, i))) >= 0) return true;
      }
    }
    for (const [n, set] of this.short) {
      for (let i = 0; i + n <= words.length; i += 1) if (set.has(words.slice(i, i + n).join(' '))) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.windows === 0 && this.short.size === 0;
  }
}
