import { detectLanguage, tokenize } from '../../src/compile/tokenize';
import { GENERIC_WEIGHT, WordTable } from '../../src/compile/word-table';

const TEXTS = [
  'Avlösning i hemmet behöver bli mer flexibel, så att anhöriga kan vara spontana.',
  'The support plan is followed up after six months.',
  'Det är BRA att vi   ses.\n\n• Punkt ett\n• Punkt två',
  `${'a'.repeat(300)} ${'x\u200by'.repeat(20)} 070-123 45 67 😀`,
  '',
];

describe('WordTable', () => {
  it('scans a text to the same word ids, runs and language as its tokens would give', () => {
    const scanned = new WordTable();
    const tokened = new WordTable();
    for (const text of TEXTS) {
      const tokens = tokenize(text);
      const a = scanned.scan(text);
      const b = tokened.compact(tokens, detectLanguage(tokens));
      expect(a.language).toBe(b.language);
      expect([...a.runs]).toEqual([...b.runs]);
      // The two tables intern in the same order, so the ids agree too.
      expect([...a.words]).toEqual([...b.words]);
    }
    expect(scanned.list).toEqual(tokened.list);
  });

  it('gives a word one id, and theme-neutral words a lower weight', () => {
    const table = new WordTable();
    const bra = table.intern('bra');
    const avlosning = table.intern('avlösning');
    expect(table.intern('bra')).toBe(bra);
    expect(table.size).toBe(2);
    expect(table.weight[bra]).toBe(GENERIC_WEIGHT);
    expect(table.weight[avlosning]).toBe(1);
  });
});
