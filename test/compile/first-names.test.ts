import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../src/compile/first-names';
import { redactNames } from '../../src/compile/redact-names';
import { isStopword } from '../../src/compile/stopwords';

describe('FIRST_NAMES', () => {
  it('holds common Swedish first names, capitalised as written, with their usual variants', () => {
    for (const name of ['Anna', 'Kerstin', 'Linnéa', 'Linnea', 'Åsa', 'Lars', 'Mohammed', 'Muhammad', 'Örjan']) expect(FIRST_NAMES.has(name)).toBe(true);
    for (const name of FIRST_NAMES) {
      expect(name).toMatch(/^\p{Lu}[\p{Ll}\p{M}é]+$/u);
      expect(name.trim()).toBe(name);
    }
  });

  it('leaves out the months, which are ordinary words', () => {
    for (const month of ['Maj', 'Juni', 'August', 'Juli']) expect(FIRST_NAMES.has(month)).toBe(false);
  });

  it('is redacted mid-sentence, each of them', () => {
    for (const name of FIRST_NAMES) expect(redactNames(`Vi ringde ${name} igår.`, '[namn]', [])).toBe('Vi ringde [namn] igår.');
  });
});

describe('AMBIGUOUS_FIRST_NAMES', () => {
  it('are first names, and each is also an ordinary word', () => {
    for (const name of AMBIGUOUS_FIRST_NAMES) expect(FIRST_NAMES.has(name)).toBe(true);
    for (const word of ['Per', 'Bo', 'Hans', 'Inga', 'Klara', 'Stig', 'Max']) expect(AMBIGUOUS_FIRST_NAMES.has(word)).toBe(true);
    expect(AMBIGUOUS_FIRST_NAMES.has('Kerstin')).toBe(false);
  });

  it('are no name at the start of a sentence unless a surname follows', () => {
    for (const name of AMBIGUOUS_FIRST_NAMES) {
      const plain = `${name} dag kommer hemtjänsten.`;
      expect(redactNames(plain, '[namn]', [])).toBe(plain);
      expect(redactNames(`${name} Andersson ringde.`, '[namn]', [])).toBe('[namn] ringde.');
    }
  });

  it('hold no stop word a reply needs to keep (a lower-case word is never a name)', () => {
    for (const name of AMBIGUOUS_FIRST_NAMES) {
      const lower = name.toLowerCase();
      const text = `det gäller ${lower} varje gång`;
      expect(redactNames(text, '[namn]', [])).toBe(text);
      expect(typeof isStopword(lower)).toBe('boolean');
    }
  });
});
