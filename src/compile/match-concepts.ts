import { type AreaId, CONCEPTS, type Concept } from './concept-lexicon';
import type { Token } from './tokenize';

/** Roots this long or longer also match inside a compound ("timavlösning"). */
const INFIX_MIN = 5;
/** Roots this short match whole words only ("app", "gp"). */
const EXACT_MAX = 3;
/**
 * Longer "words" match no concept and are not cached: no word of the domain
 * comes near this, while a pasted run of thousands of letters would be
 * searched for every root, and kept in the caches for the life of the bot.
 */
export const MAX_WORD_LENGTH = 64;

interface Root {
  root: string;
  concept: Concept;
}

const wordRoots: Root[] = [];
const phraseRoots: Root[] = [];
for (const concept of CONCEPTS) {
  for (const root of concept.roots) (root.includes(' ') ? phraseRoots : wordRoots).push({ root, concept });
}

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));
const AREAS: ReadonlySet<string> = new Set<AreaId>(['ledning', 'kunskap', 'samverkan']);

function rootMatches(word: string, root: string): boolean {
  if (root.length <= EXACT_MAX) return word === root;
  if (word.startsWith(root)) return true;
  // Inside a compound: a modifier of at least two letters before the root.
  return root.length >= INFIX_MIN && word.indexOf(root, 2) >= 2;
}

// Performance (issue 13): the roots a word matches are looked up by the
// pieces of the word they could be (its beginnings, and for roots long
// enough its inner parts from the third letter on) instead of trying all
// four hundred roots on every new word of a round; they are then taken in
// lexicon order, as a pass over all roots takes them.
/** Positions in wordRoots of each root. */
const ROOT_AT = new Map<string, number[]>();
wordRoots.forEach(({ root }, i) => {
  const at = ROOT_AT.get(root);
  if (at) at.push(i);
  else ROOT_AT.set(root, [i]);
});
const ROOT_LENGTHS = [...new Set(wordRoots.map(({ root }) => root.length))].sort((a, b) => a - b);

/** The positions in wordRoots of the roots `word` matches (rootMatches), ascending. */
function matchingRoots(word: string): number[] {
  const hits: number[] = [];
  const add = (piece: string) => {
    const at = ROOT_AT.get(piece);
    if (at) hits.push(...at);
  };
  // A short root matches the whole word only; a longer one its beginning.
  if (word.length <= EXACT_MAX) add(word);
  for (const length of ROOT_LENGTHS) {
    if (length > word.length) break;
    if (length > EXACT_MAX) add(word.slice(0, length));
    // Inside a compound: a modifier of at least two letters before the root.
    if (length >= INFIX_MIN) for (let p = 2; p + length <= word.length; p += 1) add(word.slice(p, p + length));
  }
  hits.sort((a, b) => a - b);
  const rootsAt: number[] = [];
  for (const at of hits) {
    if (rootsAt[rootsAt.length - 1] !== at && rootMatches(word, (wordRoots[at] as Root).root)) rootsAt.push(at);
  }
  return rootsAt;
}

const blocked = (word: string, c: Concept) => c.not?.some((n) => word.includes(n)) ?? false;

const wordCache = new Map<string, readonly string[]>();

/** Concept ids a single lower-case word matches (each once), in lexicon order. */
export function conceptsOfWord(word: string): readonly string[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  const cached = wordCache.get(word);
  if (cached) return cached;
  const found: string[] = [];
  for (const at of matchingRoots(word)) {
    const { concept } = wordRoots[at] as Root;
    // The exclusions are read only for a root that matches: most roots do not.
    if (found.includes(concept.id) || blocked(word, concept)) continue;
    found.push(concept.id);
  }
  // Bounded: a long-running bot sees an open-ended vocabulary.
  if (wordCache.size > 100_000) wordCache.clear();
  wordCache.set(word, found);
  return found;
}

/** Concept ids two words in a row match as a phrase ("sociala medier", "nå ut"). */
const pairCache = new Map<string, readonly string[]>();
const PHRASE_STARTS = new Set(phraseRoots.map(({ root }) => root.slice(0, 2)));
/** The first words of the phrase roots ("sociala" of "sociala medier"). */
const PHRASE_HEADS: ReadonlySet<string> = new Set(phraseRoots.map(({ root }) => root.slice(0, root.indexOf(' '))));
const NO_IDS: readonly string[] = [];

function conceptsOfPair(first: string, second: string): readonly string[] {
  // Performance (issue 13): two words without a space start a phrase root
  // only when the first is the root's first word; others are passed over
  // without building a pair or its prefix (most words, many times a round).
  if (!PHRASE_HEADS.has(first) && !first.includes(' ') && !second.includes(' ')) return NO_IDS;
  // Most words start no phrase root at all: skip them without building the pair.
  if (!PHRASE_STARTS.has(first.slice(0, 2)) || first.length > MAX_WORD_LENGTH || second.length > MAX_WORD_LENGTH) return [];
  const pair = `${first} ${second}`;
  const cached = pairCache.get(pair);
  if (cached) return cached;
  const found: string[] = [];
  for (const { root, concept } of phraseRoots) {
    if (!found.includes(concept.id) && pair.startsWith(root) && !blocked(pair, concept)) found.push(concept.id);
  }
  if (pairCache.size > 100_000) pairCache.clear();
  pairCache.set(pair, found);
  return found;
}

export interface ConceptHits {
  /** Fine concepts ("avlosning", "information"), one entry per word that matched. */
  concepts: string[];
  /** Areas of the national strategy the words point to, one entry per word. */
  areas: AreaId[];
}

/**
 * The concepts a text's words point to. A word counts once per concept,
 * however many of its roots match; a phrase counts for its first word. Area
 * concepts count as areas only; a fine concept also counts for its area.
 */
export function matchConcepts(tokens: readonly Token[]): ConceptHits {
  return matchConceptsOf(
    tokens.length,
    (i) => tokens[i]?.lower ?? '',
    (i) => tokens[i]?.run ?? 0,
  );
}


/**
 * matchConcepts over `count` words given by their lower-case form and phrase
 * run (the vectoriser keeps words as ids, not tokens). Most words name no
 * concept and start no phrase: they cost two cache look-ups and no sets.
 */
export function matchConceptsOf(count: number, lowerAt: (i: number) => string, runAt: (i: number) => number): ConceptHits {
  const concepts: string[] = [];
  const areas: AreaId[] = [];
  for (let i = 0; i < count; i += 1) {
    const lower = lowerAt(i);
    if (lower.length < 2) continue;
    const own = conceptsOfWord(lower);
    const pair = i + 1 < count && runAt(i + 1) === runAt(i) ? conceptsOfPair(lower, lowerAt(i + 1)) : NO_IDS;
    if (own.length === 0 && pair.length === 0) continue;
    // The word's concepts, then the phrase's it does not have (each list
    // holds an id once); its areas, each once, in the order first named
    // (the areas this word has added so far start at `from`).
    const from = areas.length;
    for (let k = 0; k < own.length + pair.length; k += 1) {
      const id = (k < own.length ? own[k] : pair[k - own.length]) as string;
      if (k >= own.length && own.includes(id)) continue;
      if (AREAS.has(id)) {
        if (areas.indexOf(id as AreaId, from) < 0) areas.push(id as AreaId);
        continue;
      }
      concepts.push(id);
      const area = BY_ID.get(id)?.area;
      if (area && areas.indexOf(area, from) < 0) areas.push(area);
    }
  }
  return { concepts, areas };
}

/** Whether a concept id names one of the strategy's areas. */
export const isArea = (id: string): id is AreaId => AREAS.has(id);
