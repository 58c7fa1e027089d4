import type { ThemeWords } from '../../src/compile/label-theme';
import { BROAD_STEMS } from '../../src/compile/stopwords';
import { stem } from '../../src/compile/swedish-stem';
import { askedStems, assignConcepts, groupsToJoin, listedInQuestion, phraseNames, ThemeHeadings } from '../../src/compile/theme-heading';
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

const stemsOf = (text: string) =>
  analyse(text)
    .tokens.filter((t) => !t.stop)
    .map((t) => stem(t.lower));

/** Headings for a question asking about these words, or with this text. */
function headings(locale: 'sv' | 'en' = 'sv', asked: string[] | string = []) {
  const question = typeof asked === 'string' ? asked : asked.join(' ');
  return new ThemeHeadings({
    asked: new Set(stemsOf(question)),
    listed: listedInQuestion(question, stemsOf),
    broad: BROAD_STEMS,
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
    // Nor with a compound of them: a theme of talks about feelings is "Samtal", not "Anhörigstödet".
    expect(hs.choose({ phrases: [phrase('anhörigstödet', 0.8), phrase('samtal', 0.5)], fallback: [] })?.label).toBe('Samtal');
    expect(hs.choose({ phrases: [phrase('närståendestöd', 1)], fallback: [phrase('anhörigstöd', 1)] })).toBeNull();
  });
});

describe('ThemeHeadings and what was asked', () => {
  it('heads a theme with a word the question lists, when that theme uses it far more than the rest of the question', () => {
    const hs = headings('sv', 'Vilka möjligheter ser ni – till exempel digitala träffar, webbutbildningar och välfärdsteknik i hemmet?');
    const concentrated = { ...phrase('välfärdsteknik', 0.9), overall: 0.15 };
    expect(hs.choose({ phrases: [concentrated, phrase('larm', 0.3)], fallback: [] })?.label).toBe('Välfärdsteknik');
    // Used about as much across the question, it is what was asked, not what sets the theme apart.
    const spread = { ...phrase('träffar', 0.5), overall: 0.3 };
    expect(headings('sv', 'Hur fungerar träffar, samtal och kurser?').choose({ phrases: [spread, phrase('larm', 0.3)], fallback: [] })?.label).toBe('Larm');
    // The question's own subject, not one of a list, stays what was asked however one theme uses it.
    const subject = { ...phrase('stödplan', 0.9), overall: 0.15 };
    expect(headings('sv', 'Hur kan en stödplan hjälpa anhöriga?').choose({ phrases: [subject, phrase('mall', 0.5)], fallback: [] })?.label).toBe('Mall');
  });

  it('takes what an English question asks as the English stemmer keys an English reply\'s phrases ("working" is "work")', () => {
    const asked = askedStems(analyse('How can we support people who are working and caring?').tokens);
    expect(asked).toContain(stem('working', 'en'));
    expect(asked).toContain(stem('working', 'sv'));
    const english = (text: string, share: number): Phrase => {
      const stems = analyse(text).tokens.filter((t) => !t.stop).map((t) => stem(t.lower, 'en'));
      return { text, key: stems.join(' '), stems, share, overall: share / 2, score: share, noun: true };
    };
    const hs = new ThemeHeadings({ asked, listed: new Set(), broad: new Set(), conceptLabel: (id) => id, keyOf: (text) => ({ key: text, stems: [] }) });
    expect(hs.choose({ phrases: [english('Working', 0.9), english('Workplace', 0.5)], fallback: [] })?.label).toBe('Workplace');
  });

  it('does not head a theme with the head of an asked compound: "Stödplan", not "Plan", under a question about support plans', () => {
    const hs = headings('sv', ['stödplan']);
    // "stödplan" is used across the question, so it is only a fallback; "plan" is not.
    const h = hs.choose({ phrases: [phrase('plan', 0.5)], fallback: [phrase('plan', 0.5), phrase('stödplan', 1)] });
    expect(h?.label).toBe('Stödplan');
  });
});

describe('listedInQuestion', () => {
  it('takes the words of a list of three or more with a last "och" or "eller", in either language', () => {
    const sv = listedInQuestion('Hur möter vi känslor – till exempel skuld, sorg, oro och ensamhet – och frågor som väcks?', stemsOf);
    for (const w of ['skuld', 'sorg', 'oro', 'ensamhet']) expect(sv.has(stem(w))).toBe(true);
    expect(sv.has(stem('känslor'))).toBe(false);
    expect(listedInQuestion('Which of meetings, courses or calls work best?', stemsOf).has(stem('courses'))).toBe(true);
  });

  it('takes nothing from a question without such a list', () => {
    expect(listedInQuestion('Hur kan en stödplan hjälpa anhöriga och personal?', stemsOf).size).toBe(0);
    expect(listedInQuestion('Vad fungerar, och vad saknas?', stemsOf).size).toBe(0);
  });
});

describe('groupsToJoin', () => {
  const head = (label: string, share: number) => {
    const p = phrase(label.toLowerCase(), share);
    return { label, key: p.key, share, stems: p.stems };
  };

  it('joins a group nothing heads to the theme its best phrase heads', () => {
    const heads = [head('Stödplan', 1), null, head('Uppföljning', 1)];
    const phrases = [[phrase('stödplan', 1)], [phrase('anhöriga', 1), phrase('stödplan', 1)], [phrase('uppföljning', 1)]];
    // The field's word ("anhöriga") is passed over for the best phrase.
    expect([...groupsToJoin(heads, phrases, new Set([stem('anhöriga')]))]).toEqual([[1, 0]]);
  });

  it('joins a group headed by what fewer of it share than the phrase another theme is headed by', () => {
    const samverkan = { label: 'Samverkan och samordning', key: 'samverk och samordn', share: 2 / 3, stems: [] };
    const heads = [head('Avlösning', 1), samverkan];
    expect([...groupsToJoin(heads, [[phrase('avlösning', 1)], [phrase('avlösning', 2 / 3)]], new Set())]).toEqual([[1, 0]]);
    // Headed by what more of it names, it stays a theme of its own.
    const kept = [head('Avlösning', 1), { ...samverkan, share: 1 }];
    expect(groupsToJoin(kept, [[phrase('avlösning', 1)], [phrase('avlösning', 2 / 3)]], new Set()).size).toBe(0);
  });

  it('leaves alone a headless group whose best phrase heads nothing, and the groups not in question', () => {
    const heads = [head('Stödplan', 1), null, undefined];
    const phrases = [[phrase('stödplan', 1)], [phrase('underskrift', 1)], [phrase('stödplan', 1)]];
    expect(groupsToJoin(heads, phrases, new Set()).size).toBe(0);
  });

  it('never joins a group into one that itself joins another', () => {
    // 0 and 1 each hold the other's best phrase: neither disappears into the other.
    const heads = [head('Avlösning', 0.5), head('Växelvård', 0.5)];
    const phrases = [[phrase('växelvård', 1)], [phrase('avlösning', 1)]];
    const out = groupsToJoin(heads, phrases, new Set());
    for (const [, to] of out) expect(out.has(to)).toBe(false);
    expect(out.size).toBeLessThanOrEqual(1);
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
