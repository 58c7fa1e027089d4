import { GENERIC_WORDS } from './stopwords';
import { englishVotes, isStop, scanWords, swedishVotes, type Token } from './tokenize';
import { TypedArena } from './typed-arena';

/** Theme-neutral words ("bra", "viktigt") count this much of a content word. */
export const GENERIC_WEIGHT = 0.3;

/** A text as the vectoriser keeps it until fitted: per token, word id × 2 + stop flag, its run, and the language. */
export interface CompactText {
  words: Int32Array;
  runs: Int32Array;
  language: 'sv' | 'en';
}

/**
 * The round's words, interned: each lower-case word gets an id once, with
 * its weight and its facts (stop word, language votes) worked out once.
 * Performance (issue 13): the vectoriser keeps texts as word ids, not as
 * Token objects or strings, until the round is fitted.
 */
export class WordTable {
  private readonly ids = new Map<string, number>();
  /** Per word id: the word, the weight of its features (theme-neutral words count less), its facts. */
  readonly list: string[] = [];
  readonly weight: number[] = [];
  private readonly facts: number[] = [];
  /** Scratch for scanWords(). */
  private readonly spans: number[] = [];
  /** Where compact texts' arrays come from. */
  private readonly arena = new TypedArena();

  get size(): number {
    return this.list.length;
  }

  intern(lower: string): number {
    let id = this.ids.get(lower);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(lower, id);
      this.list.push(lower);
      this.weight.push(GENERIC_WORDS.has(lower) ? GENERIC_WEIGHT : 1);
    }
    return id;
  }

  /** A word's stop flag (as tokenize() sets it) and its votes for a language (as detectLanguage() counts them), by word id. */
  private factsOf(id: number): number {
    let facts = this.facts[id];
    if (facts === undefined) {
      const lower = this.list[id] ?? '';
      facts = (isStop(lower) ? 1 : 0) | (swedishVotes(lower) << 1) | (englishVotes(lower) << 3);
      this.facts[id] = facts;
    }
    return facts;
  }

  /** Tokens already made (with their language) as a compact text. */
  compact(tokens: readonly Token[], language: 'sv' | 'en'): CompactText {
    const n = tokens.length;
    const words = this.arena.int32(n);
    const runs = this.arena.int32(n);
    for (let i = 0; i < n; i += 1) {
      const t = tokens[i] as Token;
      words[i] = this.intern(t.lower) * 2 + (t.stop ? 1 : 0);
      runs[i] = t.run;
    }
    return { words, runs, language };
  }

  /** A text as compact(tokenize(text)) with detectLanguage(), without making its tokens. */
  scan(text: string): CompactText {
    const spans = this.spans;
    const count = scanWords(text, spans);
    const words = this.arena.int32(count);
    const runs = this.arena.int32(count);
    let sv = 0;
    let en = 0;
    for (let k = 0; k < count; k += 1) {
      const id = this.intern(text.slice(spans[3 * k] as number, spans[3 * k + 1] as number).toLowerCase());
      const facts = this.factsOf(id);
      words[k] = id * 2 + (facts & 1);
      runs[k] = spans[3 * k + 2] as number;
      sv += (facts >> 1) & 3;
      en += facts >> 3;
    }
    return { words, runs, language: en > sv ? 'en' : 'sv' };
  }
}
