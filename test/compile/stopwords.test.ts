import { BROAD_STEMS, ENGLISH_STOPWORDS, GENERIC_WORDS, isStopword, SWEDISH_STOPWORDS } from '../../src/compile/stopwords';
import { stem } from '../../src/compile/swedish-stem';

describe('stop lists', () => {
  it('hold function words of Swedish and English, lower case', () => {
    for (const w of ['och', 'att', 'det', 'som', 'på', 'är', 'för', 'med', 'jag', 'vi']) expect(SWEDISH_STOPWORDS.has(w)).toBe(true);
    for (const w of ['the', 'and', 'of', 'to', 'is', 'we', 'it']) expect(ENGLISH_STOPWORDS.has(w)).toBe(true);
    for (const set of [SWEDISH_STOPWORDS, ENGLISH_STOPWORDS, GENERIC_WORDS]) {
      expect(set.size).toBeGreaterThan(0);
      for (const w of set) {
        expect(w).toBe(w.toLowerCase());
        expect(w).not.toMatch(/\s/);
      }
    }
  });

  it('keep the words that carry meaning in a carers’ network out of the stop lists', () => {
    for (const w of ['bra', 'viktigt', 'inte', 'svårt', 'behov', 'avlösning', 'anhörig', 'stöd', 'good', 'need', 'carer']) {
      expect(isStopword(w)).toBe(false);
    }
  });

  it('puts the meaning-bearing but theme-neutral words in GENERIC_WORDS, not in the stop lists', () => {
    for (const w of ['bra', 'viktigt', 'inte', 'behov', 'kommun', 'important']) {
      expect(GENERIC_WORDS.has(w)).toBe(true);
      expect(isStopword(w)).toBe(false);
    }
  });
});

describe('isStopword', () => {
  it('is true for a stop word of either language and false for anything else', () => {
    expect(isStopword('och')).toBe(true);
    expect(isStopword('the')).toBe(true);
    expect(isStopword('Och')).toBe(false);
    expect(isStopword('')).toBe(false);
    expect(isStopword('avlösning')).toBe(false);
    expect(isStopword('🙂')).toBe(false);
  });
});

describe('BROAD_STEMS', () => {
  it('holds the stems of the words the whole field uses, in the forms a reply writes them', () => {
    for (const w of ['anhörig', 'anhöriga', 'anhörigas', 'närstående', 'stöd', 'stödet', 'stödets', 'carers', 'anhörigstödet', 'närståendestöd']) expect(BROAD_STEMS.has(stem(w))).toBe(true);
    for (const w of ['avlösning', 'växelvård', 'stödplan', 'samtal']) expect(BROAD_STEMS.has(stem(w))).toBe(false);
  });
});
