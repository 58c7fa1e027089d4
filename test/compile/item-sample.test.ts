import { inHashOrder, mostUsedLanguage } from '../../src/compile/item-sample';
import { analyse } from '../../src/compile/vectorize';

const items = (texts: string[]) => texts.map((text, i) => ({ key: `r${i}`, text }));
const languageOf = (it: { text: string }) => analyse(it.text).language;

describe('inHashOrder', () => {
  it('orders by the keys alone: the same whatever order the items came in', () => {
    const some = items(['a', 'b', 'c', 'd', 'e', 'f']);
    const once = inHashOrder(some).map((it) => it.key);
    expect(inHashOrder([...some].reverse()).map((it) => it.key)).toEqual(once);
    expect([...once].sort()).toEqual(some.map((it) => it.key).sort());
  });
});

describe('mostUsedLanguage', () => {
  const sv = 'Vi behöver mer avlösning i hemmet och på kvällarna.';
  const en = 'We need more respite at home and in the evenings.';

  it('is the language most of the sample is written in, Swedish on a tie', () => {
    expect(mostUsedLanguage(items([en, en, sv]), 10, languageOf)).toBe('en');
    expect(mostUsedLanguage(items([sv, sv, en]), 10, languageOf)).toBe('sv');
    expect(mostUsedLanguage(items([sv, en]), 10, languageOf)).toBe('sv');
    expect(mostUsedLanguage([], 10, languageOf)).toBe('sv');
  });

  it('looks at a sample of the given size only, the first in hash order', () => {
    const keys = inHashOrder(Array.from({ length: 40 }, (_, i) => ({ key: `r${i}` }))).map((it) => it.key);
    // English in the first five by hash, Swedish in the other thirty-five.
    const many = keys.map((key, i) => ({ key, text: i < 5 ? en : sv }));
    expect(mostUsedLanguage(many, 5, languageOf)).toBe('en');
    expect(mostUsedLanguage(many, 40, languageOf)).toBe('sv');
  });
});
