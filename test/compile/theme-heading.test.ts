import type { ThemeWords } from '../../src/compile/label-theme';
import { stem } from '../../src/compile/swedish-stem';
import { assignConcepts, phraseNames, ThemeHeadings } from '../../src/compile/theme-heading';
import { analyse } from '../../src/compile/vectorize';
import { translate } from '../../src/i18n/translate';

type Phrase = ThemeWords['phrases'][number];

/** A phrase as themeWords ranks it: keyed by its stems, used by `share` of the theme's replies. */
function phrase(text: string, share: number): Phrase {
  const stems = analyse(text)
    .tokens.filter((t) => !t.stop)
    .map((t) => stem(t.lower));
  return { text, key: stems.join(' '), stems, share, overall: share / 2, score: share, noun: true };
}

function headings(locale: 'sv' | 'en' = 'sv', asked: string[] = []) {
  return new ThemeHeadings({
    asked: new Set(asked.map((w) => stem(w))),
    broad: new Set(['anhörig'].map((w) => stem(w))),
    conceptLabel: (id) => translate(locale, `compile.concept.${id}`),
    keyOf: (text) => {
      const tokens = analyse(text).tokens;
      const stems = tokens.map((t) => (t.stop ? t.lower : stem(t.lower)));
      return { key: stems.join(' '), stems: stems.filter((_, k) => !tokens[k]?.stop) };
    },
  });
}

const concept = (id: string, share: number) => ({ id, share, excess: share / 2 });

describe('ThemeHeadings', () => {
  it('heads a theme with the phrase its replies share when a concept of something else is named as often', () => {
    // Two of three replies speak of respite, two of volunteers and a contact person.
    const h = headings().choose({ phrases: [phrase('avlösning', 2 / 3)], fallback: [], concept: concept('samverkan', 2 / 3) });
    expect(h?.label).toBe('Avlösning');
    expect(h?.stems).toEqual([stem('avlösning')]);
  });

  it('heads it with the concept when the concept names the same thing, in the domain’s words', () => {
    const h = headings().choose({ phrases: [phrase('växelvård', 0.6)], fallback: [], concept: concept('vaxelvard', 0.6) });
    expect(h?.label).toBe(translate('sv', 'compile.concept.vaxelvard'));
  });

  it('knows the concept in another language than the heading: "Avlösning i hemmet" is respite', () => {
    expect(phraseNames('Avlösning i hemmet', 'avlosning')).toBe(true);
    expect(phraseNames('Avlösning i hemmet', 'samverkan')).toBe(false);
    const h = headings('en').choose({ phrases: [phrase('avlösning i hemmet', 0.75)], fallback: [], concept: concept('avlosning', 0.75) });
    expect(h?.label).toBe('Respite');
  });

  it('lets a concept that more of the theme names win over a phrase fewer use', () => {
    const h = headings().choose({ phrases: [phrase('avlösning', 0.5)], fallback: [], concept: concept('samverkan', 0.75) });
    expect(h?.label).toBe(translate('sv', 'compile.concept.samverkan'));
  });

  it('gives a concept only half the theme names the heading only when no phrase can head it', () => {
    const hs = headings();
    expect(hs.choose({ phrases: [phrase('stödplan', 1)], fallback: [], concept: concept('information', 0.5) })?.label).toBe('Stödplan');
    expect(hs.choose({ phrases: [], fallback: [], concept: concept('information', 0.5) })?.label).toBe(
      translate('sv', 'compile.concept.information'),
    );
  });

  it('never gives two themes one heading, whether a concept or a phrase took it first', () => {
    const hs = headings();
    expect(hs.choose({ phrases: [phrase('avlösning', 1)], fallback: [], concept: concept('avlosning', 1) })?.label).toBe('Avlösning');
    // The concept took "Avlösning": the phrase of the same word is not offered again.
    expect(hs.choose({ phrases: [phrase('avlösning', 1), phrase('kontaktperson', 0.5)], fallback: [] })?.label).toBe(
      'Kontaktperson',
    );
    const other = headings();
    expect(other.choose({ phrases: [phrase('avlösning', 1)], fallback: [] })?.label).toBe('Avlösning');
    // The phrase took it: the concept of the same heading does not head a second theme.
    expect(other.choose({ phrases: [], fallback: [], concept: concept('avlosning', 1) })).toBeNull();
  });

  it('prefers a phrase that sets the theme apart over what was asked, and never heads with the field’s words alone', () => {
    const hs = headings('sv', ['stödplan']);
    expect(hs.choose({ phrases: [phrase('stödplan', 1), phrase('uppföljning', 0.5)], fallback: [] })?.label).toBe('Uppföljning');
    expect(hs.choose({ phrases: [phrase('stödplan', 1)], fallback: [] })?.label).toBe('Stödplan');
    expect(hs.choose({ phrases: [phrase('anhöriga', 1)], fallback: [phrase('anhöriga', 1)] })).toBeNull();
  });
});

describe('assignConcepts', () => {
  it('gives each theme one concept and each concept one theme, the most telling pair first', () => {
    const out = assignConcepts(
      [
        [concept('avlosning', 0.6), concept('samverkan', 0.5)],
        [concept('avlosning', 0.9)],
        [concept('samverkan', 0.7)],
      ],
      3,
    );
    expect(out.get(1)?.id).toBe('avlosning');
    expect(out.get(2)?.id).toBe('samverkan');
    expect(out.has(0)).toBe(false);
  });

  it('gives "Övrigt" (the slot past the groups) none', () => {
    expect(assignConcepts([[], [concept('avlosning', 0.9)]], 1).size).toBe(0);
  });
});
