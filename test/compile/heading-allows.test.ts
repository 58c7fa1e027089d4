import { headingAllows, lowerWords } from '../../src/compile/heading-allows';
import { VerbatimGuard } from '../../src/compile/verbatim-guard';

describe('headingAllows', () => {
  const allows = headingAllows(new Set(['nord', 'namn']), ['personal id number', 'phone number'], new VerbatimGuard([]));

  it('refuses a phrase with a banned word, in its text or its stems', () => {
    expect(allows('Stödet i Nord', ['stöd', 'nord'])).toBe(false);
    expect(allows('Nordens anhöriga', ['nord', 'anhör'])).toBe(false);
    expect(allows('Avlösning i hemmet', ['avlösning', 'hem'])).toBe(true);
  });

  it('refuses a placeholder of several words only as a whole run', () => {
    expect(allows('My personal ID number', ['person', 'id', 'number'])).toBe(false);
    expect(allows('Phone number', ['phone', 'number'])).toBe(false);
    expect(allows('Personal i hemtjänsten', ['personal', 'hemtjänst'])).toBe(true);
    expect(allows('Number of places', ['number', 'place'])).toBe(true);
    // Words apart are no run: "personal" and "id number" with another word between them.
    expect(allows('Personal and id number', ['personal', 'id', 'number'])).toBe(true);
  });

  it('refuses what an author did not consent to have quoted', () => {
    const guarded = headingAllows(new Set(), [], new VerbatimGuard(['Min mamma vill inte åka till korttids alls längre']));
    expect(guarded('Min mamma vill inte åka till korttids', [])).toBe(false);
    expect(guarded('Korttidsplats', [])).toBe(true);
  });
});

describe('lowerWords', () => {
  it('gives the letters and digits of a text as lower-case words', () => {
    expect(lowerWords('Personal ID-number, [e-post] 2026!')).toEqual(['personal', 'id', 'number', 'e', 'post', '2026']);
    expect(lowerWords(' … ')).toEqual([]);
  });
});
