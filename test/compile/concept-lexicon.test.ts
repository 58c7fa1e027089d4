import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { CONCEPTS } from '../../src/compile/concept-lexicon';
import { conceptsOfWord } from '../../src/compile/match-concepts';

const AREAS = ['ledning', 'kunskap', 'samverkan'];

describe('CONCEPTS', () => {
  it('has each id once, the three areas of the national strategy among them, each area with no area of its own', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of AREAS) expect(CONCEPTS.find((c) => c.id === area)?.area).toBeUndefined();
    for (const c of CONCEPTS) if (c.area !== undefined) expect(AREAS).toContain(c.area);
  });

  it('has a heading for every concept in Swedish and English, and no heading without a concept', () => {
    const ids = CONCEPTS.map((c) => c.id).sort();
    for (const catalogue of [sv, en]) {
      const labels = catalogue.compile.concept as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual(ids);
      for (const id of ids) expect(labels[id]?.trim()).not.toBe('');
    }
  });

  it('writes roots as lower-case word beginnings, trimmed, each concept with some', () => {
    for (const c of CONCEPTS) {
      expect(c.roots.length).toBeGreaterThan(0);
      for (const root of c.roots) {
        expect(root).toBe(root.trim().toLowerCase());
        expect(root.length).toBeGreaterThanOrEqual(2);
        expect(root).not.toMatch(/\s{2,}|[|]/);
      }
    }
  });

  it('keeps each exclusion out of its concept', () => {
    for (const c of CONCEPTS) {
      for (const not of c.not ?? []) {
        expect([not, conceptsOfWord(not)]).not.toContainEqual(expect.arrayContaining([c.id]));
      }
    }
  });

  it('gives each concept the word each of its roots is', () => {
    for (const c of CONCEPTS) {
      for (const root of c.roots.filter((r) => !r.includes(' '))) {
        expect([c.id, root, conceptsOfWord(root).includes(c.id)]).toEqual([c.id, root, true]);
      }
    }
  });
});
