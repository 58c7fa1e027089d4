import { centroid } from '../../src/compile/sparse-vector';
import { inSentence, listWords, phrasesToName, type SummaryDoc, summarizeTheme, type ThemeFacts } from '../../src/compile/summarize-theme';
import { stem } from '../../src/compile/swedish-stem';
import { Vectorizer } from '../../src/compile/vectorize';
import { VerbatimGuard } from '../../src/compile/verbatim-guard';

const facts = (over: Partial<ThemeFacts> = {}): ThemeFacts => ({
  label: 'Avlösning i hemmet',
  named: true,
  other: false,
  replies: 5,
  networks: 2,
  networkTotal: 3,
  roles: ['anhorig', 'chef'],
  minutesNetworks: 0,
  phrases: [],
  theirWords: false,
  theirHeading: false,
  ...over,
});

const TEXTS = {
  yes1: 'Avlösningen i hemmet ger anhöriga tid att vila och träffa vänner.',
  yes2: 'Personalen som kommer för avlösning känner den närstående väl nu.',
  no: 'Avlösning på kvällar skulle betyda allt för många familjer just nu.',
  quoted: 'Avlösning varje tisdag räddade hösten för många anhöriga i kommunen.',
};

function setup(consent: Record<keyof typeof TEXTS, boolean>) {
  const vectorizer = new Vectorizer();
  for (const t of Object.values(TEXTS)) vectorizer.addText(t);
  const vectors = vectorizer.fit();
  const docs: SummaryDoc[] = Object.entries(TEXTS).map(([id, text], i) => ({
    replyId: id,
    text,
    vector: vectors[i] ?? vectorizer.transform(''),
    consent: consent[id as keyof typeof TEXTS],
    minutes: false,
  }));
  const centre = centroid(vectors, vectorizer.dimension);
  const guard = new VerbatimGuard(docs.filter((d) => !d.consent).map((d) => d.text));
  return { docs, centre, guard, vectorOf: (t: string) => vectorizer.transform(t) };
}

describe('summarizeTheme', () => {
  it('says how far the theme reached, who raised it and what recurs, in the third person', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: false, yes2: false, no: false, quoted: false });
    const text = summarizeTheme(facts({ phrases: ['Tid att vila', 'Kvällar'], minutesNetworks: 2 }), docs, centre, vectorOf, guard, new Set(), 'en', () => true);
    expect(text).toBe(
      'A theme raised in 2 of 3 networks is avlösning i hemmet. It was raised by carers and managers. It is also in the group notes from 2 networks. Among other things, people bring up tid att vila and kvällar.',
    );
  });

  it('sets the words of replies in another language than the draft in quotation marks, as written', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: true, yes2: true, no: false, quoted: false });
    const swedishInEnglish = facts({ phrases: ['Tid att vila', 'Kvällar'], roles: [], theirWords: true, theirHeading: true });
    const text = summarizeTheme(swedishInEnglish, docs, centre, vectorOf, guard, new Set(), 'en', () => true);
    expect(text).toMatch(/^A theme raised in 2 of 3 networks is “Avlösning i hemmet”\. Among other things, people bring up “tid att vila” and “kvällar”\. Some voices from the replies: “[^”]+”( “[^”]+”)?$/);
    const one = summarizeTheme({ ...swedishInEnglish, networks: 1, phrases: [] }, [], centre, vectorOf, guard, new Set(), 'en', () => true);
    expect(one).toBe('“Avlösning i hemmet” was discussed in one of the networks.');
    // A heading in the draft's language (a concept's, the coordinator's) is a word of the sentence.
    const concept = summarizeTheme({ ...swedishInEnglish, label: 'Respite', theirHeading: false }, [], centre, vectorOf, guard, new Set(), 'en', () => true);
    expect(concept).toBe('A theme raised in 2 of 3 networks is respite. Among other things, people bring up “tid att vila” and “kvällar”.');
  });

  it('says "every network" when all raised it, and counts replies when there is one network or none known', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: false, yes2: false, no: false, quoted: false });
    const run = (f: Partial<ThemeFacts>) => summarizeTheme(facts({ roles: [], ...f }), docs, centre, vectorOf, guard, new Set(), 'en', () => true);
    expect(run({ networks: 3 })).toBe('A theme raised in every network is avlösning i hemmet.');
    expect(run({ networks: 1, networkTotal: 1, replies: 1 })).toBe('Avlösning i hemmet comes up in one reply.');
    expect(run({ networks: 0, networkTotal: 0, replies: 4 })).toBe('Avlösning i hemmet comes up in 4 replies.');
    expect(run({ label: 'LSS', networks: 3 })).toBe('A theme raised in every network is LSS.');
    expect(run({ networks: 1 })).toBe('Avlösning i hemmet was discussed in one of the networks.');
    const sv = summarizeTheme(facts({ roles: [], networks: 1 }), docs, centre, vectorOf, guard, new Set(), 'sv', () => true);
    expect(sv).toBe('Avlösning i hemmet har diskuterats i ett av nätverken.');
  });

  it('does not name a theme that has no heading of its own ("Tema 3"), in either language', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: false, yes2: false, no: false, quoted: false });
    const run = (f: Partial<ThemeFacts>, locale: 'sv' | 'en') =>
      summarizeTheme(facts({ label: 'Tema 3', named: false, roles: [], ...f }), docs, centre, vectorOf, guard, new Set(), locale, () => true);
    expect(run({ networks: 2 }, 'sv')).toBe('Det här temat har varit uppe i 2 av 3 nätverk.');
    expect(run({ networks: 3 }, 'sv')).toBe('Det här temat har varit uppe i alla nätverk.');
    expect(run({ networks: 1 }, 'sv')).toBe('Det här temat har diskuterats i ett av nätverken.');
    expect(run({ networks: 0, networkTotal: 0, replies: 4 }, 'sv')).toBe('Det här temat tas upp i 4 svar.');
    expect(run({ networks: 2 }, 'en')).toBe('This theme was raised in 2 of 3 networks.');
    expect(run({ networks: 1, networkTotal: 1, replies: 1 }, 'en')).toBe('This theme comes up in one reply.');
  });

  it('names a role it has no word for as written', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: false, yes2: false, no: false, quoted: false });
    expect(summarizeTheme(facts({ roles: ['anhorig', 'kung'] }), docs, centre, vectorOf, guard, new Set(), 'sv', () => true)).toContain('anhöriga och kung');
  });

  it('adds sentences only from replies whose authors consented, never one already quoted', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: true, yes2: true, no: false, quoted: true });
    const text = summarizeTheme(facts(), docs, centre, vectorOf, guard, new Set(['quoted']), 'en', () => true);
    expect(text).toContain('Some voices from the replies:');
    expect(text).not.toContain(TEXTS.no);
    expect(text).not.toContain(TEXTS.quoted);
    const voices = text.slice(text.indexOf('Some voices from the replies:'));
    // Two voices for a theme of four replies or more: both consented ones, each in quotation marks.
    expect(voices).toContain(`“${TEXTS.yes1}”`);
    expect(voices).toContain(`“${TEXTS.yes2}”`);
    const sv = summarizeTheme(facts(), docs, centre, vectorOf, guard, new Set(['quoted']), 'sv', () => true);
    expect(sv).toContain(`”${TEXTS.yes1}”`);
    // One voice for a smaller theme.
    const small = summarizeTheme(facts({ replies: 3 }), docs, centre, vectorOf, guard, new Set(['quoted']), 'en', () => true);
    expect([TEXTS.yes1, TEXTS.yes2].filter((t) => small.includes(t))).toHaveLength(1);
  });

  it('adds as a voice no sentence that is not about the theme, though it stands alone', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: true, yes2: true, no: false, quoted: false });
    const about = (sentence: string) => !sentence.startsWith('Personalen');
    const text = summarizeTheme(facts(), docs, centre, vectorOf, guard, new Set(), 'en', about);
    expect(text).toContain(TEXTS.yes1);
    expect(text).not.toContain(TEXTS.yes2);
  });

  it('adds no voices when no author consented', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: false, yes2: false, no: false, quoted: false });
    const text = summarizeTheme(facts(), docs, centre, vectorOf, guard, new Set(), 'sv', () => true);
    for (const t of Object.values(TEXTS)) expect(text).not.toContain(t);
    expect(text).not.toContain('Från svaren');
  });

  it('for "Övrigt" says only what it holds', () => {
    const { docs, centre, guard, vectorOf } = setup({ yes1: true, yes2: true, no: true, quoted: true });
    expect(summarizeTheme(facts({ other: true, label: 'Other' }), docs, centre, vectorOf, guard, new Set(), 'en', () => true)).toBe('Replies that fitted none of the themes above.');
  });
});

describe('listWords', () => {
  it('joins with commas and the word for "and"', () => {
    expect(listWords([], 'och')).toBe('');
    expect(listWords(['a'], 'och')).toBe('a');
    expect(listWords(['a', 'b'], 'och')).toBe('a och b');
    expect(listWords(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});

describe('inSentence', () => {
  it('lowers a heading’s first letter unless it is an acronym, and keeps the rest', () => {
    expect(inSentence('Avlösning i hemmet')).toBe('avlösning i hemmet');
    expect(inSentence('Röda korset')).toBe('röda korset');
    expect(inSentence('LSS')).toBe('LSS');
    expect(inSentence('Ökad trygghet')).toBe('ökad trygghet');
    expect(inSentence('')).toBe('');
    expect(inSentence('🙂 glad')).toBe('🙂 glad');
  });
});

describe('phrasesToName', () => {
  const phrase = (text: string, over: Partial<{ stems: string[]; share: number; noun: boolean }> = {}) => ({
    text,
    key: text,
    stems: text.toLowerCase().split(' '),
    share: 0.5,
    overall: 0.1,
    score: 1,
    noun: true,
    ...over,
  });

  it('names noun phrases a fifth of the theme shares, not the heading’s words again nor the field’s words alone', () => {
    const said = (st: string) => st === 'avlösning';
    const out = phrasesToName(
      [
        phrase('avlösning i hemmet', { stems: ['avlösning', 'hemmet'] }),
        phrase('kort varsel', { stems: ['kort', 'varsel'] }),
        phrase('anhöriga', { stems: [stem('anhöriga')] }),
        phrase('samma personal', { stems: ['samma', 'personal'], share: 0.1 }),
        phrase('boka', { stems: ['boka'], noun: false }),
      ],
      said,
    );
    expect(out).toEqual(['kort varsel']);
  });
});
