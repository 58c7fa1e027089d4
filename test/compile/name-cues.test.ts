import { NAME_CUES } from '../../src/compile/name-cues';
import { redactNames } from '../../src/compile/redact-names';

const r = (s: string) => redactNames(s, '[namn]', []);

describe('NAME_CUES', () => {
  it('are all lower case, and a word that needs a possessive is a relation word', () => {
    for (const set of [NAME_CUES.kin, NAME_CUES.needsPossessive, NAME_CUES.possessives, NAME_CUES.naming, NAME_CUES.titles]) {
      for (const word of set) expect(word).toBe(word.toLowerCase());
    }
    for (const word of NAME_CUES.needsPossessive) expect(NAME_CUES.kin.has(word)).toBe(true);
  });

  it('make a capitalised word after a relation or naming word a name, whatever the word', () => {
    for (const cue of ['sonen', 'dottern', 'grannen', 'svärmor', 'my wife', 'heter', 'named', 'kallas']) {
      expect(r(`Det var ${cue} Jukka som kom.`)).toBe(`Det var ${cue} [namn] som kom.`);
    }
    expect(r('Vi träffade fru Berg och Dr. Lind.')).toBe('Vi träffade fru [namn] och Dr. [namn].');
  });

  it('take "man", "far", "make" and "barn" as relations only after a possessive', () => {
    expect(r('Min man Jukka kom.')).toBe('Min man [namn] kom.');
    expect(r('Som man Jukka vet är det svårt.')).toBe('Som man Jukka vet är det svårt.');
    expect(r('Det är långt att åka far Eskilstuna.')).toBe('Det är långt att åka far Eskilstuna.');
  });

  it('know places, authorities, roles, months and days as never a name, in any case and hyphenated', () => {
    for (const word of ['eskilstuna', 'nyköping', 'försäkringskassan', 'kurator', 'januari', 'måndag', 'christmas', 'sweden']) {
      expect(NAME_CUES.notName(word)).toBe(true);
    }
    expect(NAME_CUES.notName('eskilstuna-kuriren')).toBe(true);
    for (const word of ['regionen', 'kommunens', 'anhörigstöd', 'hemtjänsten', 'demensteamet', 'nka-träffen']) expect(NAME_CUES.notName(word)).toBe(true);
    for (const word of ['jukka', 'sara', 'berg', '']) expect(NAME_CUES.notName(word)).toBe(false);
    expect(r('Min son Eskilstuna-bo.')).toBe('Min son Eskilstuna-bo.');
    expect(r('Grannen Kommunen ringde.')).toBe('Grannen Kommunen ringde.');
  });
});
