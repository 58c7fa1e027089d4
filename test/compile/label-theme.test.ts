import { headable, labelFrom, looksLikeNounPhrase, themeWords } from '../../src/compile/label-theme';
import { tokenize } from '../../src/compile/tokenize';

const docs = (...texts: string[]) => texts.map((t) => ({ tokens: tokenize(t), language: 'sv' as const }));

describe('themeWords', () => {
  it('ranks the phrase the theme shares above words the whole question uses', () => {
    const [respite, other] = themeWords([
      docs('Växelvård ger anhöriga vila.', 'Vi vill ha mer växelvård för anhöriga.', 'Växelvård på helger.'),
      docs('Anhöriga behöver information.', 'Information till anhöriga på webben.'),
    ]);
    expect(respite?.phrases[0]?.text).toBe('växelvård');
    expect(other?.phrases[0]?.text).toBe('information');
  });

  it('gives a word in the base form another reply of the question uses, and keeps phrases of two words as written', () => {
    const [plans, support] = themeWords([
      docs('Stödplanen ska följas upp.', 'Stödplanen görs med den anhörige.', 'Kollektiva stödformer hjälper.'),
      docs('En stödplan behövs.', 'Kollektiva stödformer som caféer.', 'Kollektiva stödformer på kvällen.'),
    ]);
    expect(plans?.phrases[0]?.text).toBe('stödplan');
    expect(plans?.keywords).toContain('stödplan');
    expect(support?.phrases.map((p) => p.text)).toContain('kollektiva stödformer');
    // Without the base form in the question, the word stays as written.
    const [alone] = themeWords([docs('Stödplanen ska följas upp.', 'Stödplanen görs med den anhörige.'), docs('Samtal.', 'Samtal igen.')]);
    expect(alone?.phrases[0]?.text).toBe('stödplanen');
  });
});

describe('themeWords keywords', () => {
  it('are words a theme is about: no "inte", no verbs', () => {
    const [theme] = themeWords([
      docs(
        'Vi vill inte åka långt till växelvård, det känns otryggt.',
        'Han vill inte åka dit, växelvård känns fel.',
        'Växelvård nära hemmet, inte långt bort att åka.',
      ),
      docs('Samtal med andra.', 'Ett samtal hjälper.'),
    ]);
    expect(theme?.keywords).toContain('växelvård');
    expect(theme?.keywords).not.toContain('inte');
    expect(theme?.keywords).not.toContain('åka');
    expect(theme?.keywords).not.toContain('känns');
  });
});

describe('labelFrom', () => {
  it('passes over words of time and common verbs that a theme shares, for the noun it is about', () => {
    // Replies about respite name the week and what they know more than anything else.
    const [theme] = themeWords([
      docs(
        'En vecka i månaden med avlösning, jag vet att han har det bra.',
        'Varannan vecka har vi avlösning och jag vet att jag får sova.',
        'Vecka efter vecka. Jag vet det nu.',
      ),
      docs('Samtal med andra.', 'Ett samtal hjälper.'),
    ]);
    const label = labelFrom(theme?.phrases ?? [], new Set());
    expect(label?.label).toBe('Avlösning');
  });

  it('passes over a word the replies use as a verb or an adjective, though it looks like a noun', () => {
    // "fick" and "sjuk" are shared by every reply of the theme; "avlösning" by two.
    const [theme] = themeWords([
      docs('Förra året fick jag avlösning när han blev sjuk.', 'Mamma fick hjälp och jag var sjuk av oro.', 'Vi fick avlösning, han är sjuk.'),
      docs('Samtal med andra.', 'Ett samtal hjälper.'),
    ]);
    const words = theme?.phrases.map((p) => [p.text, p.noun]);
    expect(words).toEqual(expect.arrayContaining([['fick', false], ['sjuk', false], ['avlösning', true]]));
    expect(labelFrom(theme?.phrases ?? [], new Set())?.label).toBe('Avlösning');
    expect(theme?.keywords).not.toContain('fick');
    expect(theme?.keywords).not.toContain('sjuk');
  });

  it('heads a theme with a verb and its object as Swedish headings do: "Att förebygga ohälsa"', () => {
    const [theme] = themeWords([
      docs('Syftet är att förebygga ohälsa hos anhöriga.', 'Vi vill förebygga ohälsa tidigt.', 'Att förebygga ohälsa är målet.'),
      docs('Samtal med andra.', 'Ett samtal hjälper.'),
    ]);
    expect(labelFrom(theme?.phrases ?? [], new Set())?.label).toBe('Att förebygga ohälsa');
  });

  it('heads no theme with a phrase only a few of its replies use: it would name them, not the theme', () => {
    const mixed = Array.from({ length: 14 }, (_, i) => `Svar nummer ${i} om något helt eget, ämne${i}.`);
    const [theme] = themeWords([docs(...mixed, 'Döden kom fort.', 'Efter döden var allt tomt.'), docs('Samtal med andra.', 'Ett samtal hjälper.')]);
    expect(theme?.phrases.map((p) => p.text)).toContain('döden');
    expect(labelFrom(theme?.phrases ?? [], new Set())).toBeNull();
    // Used by a few of a small theme, the same phrase heads it.
    const [small] = themeWords([docs(...mixed.slice(0, 8), 'Döden kom fort.', 'Efter döden var allt tomt.'), docs('Samtal med andra.', 'Ett samtal hjälper.')]);
    expect(labelFrom(small?.phrases ?? [], new Set())?.label).toBe('Döden');
  });

  it('never heads a theme with a phrase another theme took', () => {
    const [theme] = themeWords([docs('Avlösning hemma.', 'Avlösning i hemmet fungerar.', 'Dagverksamhet och avlösning.')]);
    const first = labelFrom(theme?.phrases ?? [], new Set());
    const second = labelFrom(theme?.phrases ?? [], new Set([first?.key ?? '']));
    expect(first?.label).toBe('Avlösning');
    expect(second?.label).not.toBe('Avlösning');
  });
});

describe('headable and looksLikeNounPhrase', () => {
  it.each(['Vecka', 'Kvällar', 'Vet', 'Sitta', 'Fortfarande', 'Bra', 'Börjat', 'Åka', 'Ordna'])('%s is no heading', (w) => {
    expect(headable(w)).toBe(false);
  });
  it.each(['Växelvård', 'Särskilt boende', 'Demensteam', 'Enskilda samtal'])('%s may head a theme', (w) => {
    expect(headable(w)).toBe(true);
    expect(looksLikeNounPhrase(w)).toBe(true);
  });
  it('takes a passive verb for no noun', () => {
    expect(looksLikeNounPhrase('Följs')).toBe(false);
  });
  it.each(['Nationella', 'Psykiskt', 'Personligt', 'Individuell', 'Ekonomisk'])('takes the adjective %s for no noun', (w) => {
    expect(looksLikeNounPhrase(w)).toBe(false);
  });
  it.each(['Anhöriga', 'Modell', 'Psykisk ohälsa', 'Unga anhöriga'])('still takes %s for a noun (phrase)', (w) => {
    expect(looksLikeNounPhrase(w)).toBe(true);
  });
  it.each(['Två', 'Själva', 'Mamma', 'Pappa', 'Fru'])('%s (a number, a pronoun, one family member) heads no theme', (w) => {
    expect(headable(w)).toBe(false);
  });
  // "Man tar bland annat upp syftet." said nothing of a theme about preventing ill health.
  it.each(['Syftet', 'Målet', 'Exempel', 'Sättet', 'Former', 'Frågor', 'Slut', 'Person', 'Rollen', 'Egen', 'Purpose'])('%s (what any answer has: an aim, an example, a way, a form, a question, an end, a person, a role) heads no theme', (w) => {
    expect(headable(w)).toBe(false);
  });
});
