import { fromMap, normalize } from '../../src/compile/sparse-vector';
import { aboutTheme, likeTheRest, namesHeading } from '../../src/compile/theme-sentences';

const vec = (weights: Record<number, number>) => normalize(fromMap(new Map(Object.entries(weights).map(([k, v]) => [Number(k), v]))));
/** A vectorizer over three words: avlösning (0), samtal (1), utbildning (2). */
const WORDS = ['avlösning', 'samtal', 'utbildning'];
const vectorizer = {
  dimension: 3,
  transform: (text: string) => {
    const w: Record<number, number> = {};
    WORDS.forEach((word, i) => {
      if (text.toLowerCase().includes(word)) w[i] = 1;
    });
    return vec(w);
  },
};

describe('likeTheRest', () => {
  const pieces = [
    { reply: { id: 'a' }, vector: vec({ 0: 1 }) },
    { reply: { id: 'b' }, vector: vec({ 0: 1 }) },
    // The minutes: mostly about talks, so like themselves in talks.
    { reply: { id: 'm' }, vector: vec({ 1: 3, 0: 1 }) },
  ];
  const like = likeTheRest(pieces, vectorizer);

  it('scores a sentence of a reply by the theme\'s other replies, leaving the reply itself out', () => {
    const ofMinutes = like({ replyId: 'm' });
    expect(ofMinutes('Avlösning i hemmet.')).toBeCloseTo(2, 6);
    expect(ofMinutes('Enskilda samtal.')).toBeCloseTo(0, 6);
    // For another reply of the theme, the minutes count.
    expect(like({ replyId: 'a' })('Enskilda samtal.')).toBeCloseTo(3 / Math.sqrt(10), 6);
  });

  it('scores a sentence of no known word at zero', () => {
    expect(like({ replyId: 'a' })('Vädret var fint.')).toBe(0);
  });
});

describe('aboutTheme', () => {
  const keyOf = (text: string) => ({ stems: text.toLowerCase().split(/\s+/).filter(Boolean) });

  it('takes a sentence that shares a telling word with the theme, not one that shares only a broad one', () => {
    const about = aboutTheme(new Set(['stöd']), ['avlösning', 'stöd'], keyOf);
    expect(about('avlösning på kvällar')).toBe(true);
    expect(about('stöd till alla')).toBe(false);
  });

  it('takes any sentence when the theme has no telling word', () => {
    expect(aboutTheme(new Set(['stöd']), ['stöd'], keyOf)('vad som helst')).toBe(true);
  });
});

describe('namesHeading', () => {
  const keyOf = (text: string) => ({ stems: text.toLowerCase().split(/\s+/).filter(Boolean) });

  it("takes a sentence that shares one of the heading's words", () => {
    const names = namesHeading(['föreläsningar'], keyOf);
    expect(names('Vi ordnar föreläsningar varje vår')).toBe(true);
    expect(names('Enskilda samtal på träffpunkten')).toBe(false);
  });

  it('takes no sentence when the heading has no word to tell by', () => {
    expect(namesHeading([], keyOf)('Vi ordnar föreläsningar varje vår')).toBe(false);
  });
});
