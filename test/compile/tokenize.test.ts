import { countWordRuns, detectLanguage, splitSentences, tokenize } from '../../src/compile/tokenize';

describe('tokenize', () => {
  it('numbers phrase runs, so a label never crosses punctuation', () => {
    const tokens = tokenize('Stöd till anhöriga, och avlösning.');
    expect(tokens.map((t) => t.lower)).toEqual(['stöd', 'till', 'anhöriga', 'och', 'avlösning']);
    expect(tokens.map((t) => t.run)).toEqual([0, 0, 0, 1, 1]);
    expect(detectLanguage(tokens)).toBe('sv');
  });

  it('finds the words the word pattern matches, in any script, with inner hyphens and apostrophes', () => {
    const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
    const texts = [
      "Social-hållbarhet, Nka:s stöd -- och 'citat' o'Brien’s x- -y a--b",
      '½ ² ٣ 12-13 år, 😀ord𝐀b 中文 e\u0301 \ud800lone\udc00 İstanbul ß\u200bx',
      'slut-',
      "'",
      '',
    ];
    for (const text of texts) expect(tokenize(text).map((t) => t.surface)).toEqual(text.match(word) ?? []);
    expect(tokenize('Tre, 3 stöd ½').map((t) => t.stop)).toEqual([false, true, false, true]);
  });

  it('reads hostile text as at most a few tokens', () => {
    expect(tokenize(' '.repeat(100_000))).toEqual([]);
    expect(tokenize('@'.repeat(3000))).toEqual([]);
    expect(tokenize('a'.repeat(3000)).map((t) => t.lower.length)).toEqual([3000]);
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops before a capital, at line breaks and at bullets', () => {
    expect(splitSentences('Vi vill ha avlösning. Det behövs! 3 kommuner är med.')).toEqual([
      'Vi vill ha avlösning.',
      'Det behövs!',
      '3 kommuner är med.',
    ]);
    expect(splitSentences('Punkter:\n- Avlösning\n- Växelvård')).toEqual(['Punkter:', 'Avlösning', 'Växelvård']);
    expect(splitSentences('Vi tog upp • Avlösning • Växelvård')).toEqual(['Vi tog upp', 'Avlösning', 'Växelvård']);
    expect(splitSentences('t.ex. detta')).toEqual(['t.ex. detta']);
  });

  it('strips what is left of a bullet after a line break inside a run of spaces', () => {
    expect(splitSentences('Först\n   - Sedan')).toEqual(['Först', 'Sedan']);
    expect(splitSentences('Först.\n\n  •  Sedan')).toEqual(['Först.', 'Sedan']);
  });

  it('gives nothing for runs of spaces, and one sentence per word for long runs of other marks', () => {
    expect(splitSentences(' '.repeat(100_000))).toEqual([]);
    expect(splitSentences(`Hej${' '.repeat(100_000)}då`)).toEqual([`Hej${' '.repeat(100_000)}då`]);
    expect(splitSentences(`A${' \n'.repeat(50_000)}B`)).toEqual(['A', 'B']);
    expect(splitSentences(`A${' - '.repeat(30_000)}b`)).toHaveLength(1);
    expect(splitSentences('.'.repeat(100_000))).toEqual(['.'.repeat(100_000)]);
  });
});

describe('countWordRuns', () => {
  const byPattern = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

  it('counts the runs of letters and digits the Unicode pattern finds', () => {
    expect(countWordRuns('Vi vill ha avlösning, 3 gånger i veckan!')).toBe(8);
    expect(countWordRuns('')).toBe(0);
    expect(countWordRuns(' - . 😀 ')).toBe(0);
    const texts = [
      'Nka:s Social-hållbarhet',
      'e\u0301tude a\u200bb',
      '𝐀𝐁 x 😀y',
      'a\ud800b \udc00c',
      '٣٤ 五月 Ωmega',
      `${'a'.repeat(3000)} ${'😀'.repeat(100)}`,
    ];
    for (const s of texts) expect(countWordRuns(s)).toBe(byPattern(s));
  });
});
