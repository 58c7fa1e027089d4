import { conceptsOfWord, MAX_WORD_LENGTH, matchConcepts } from '../../src/compile/match-concepts';
import { tokenize } from '../../src/compile/tokenize';

describe('matchConcepts', () => {
  it('finds a concept in Swedish inflections and as the head or modifier of a compound', () => {
    for (const w of ['avlösning', 'avlösningen', 'avlöser', 'timavlösning', 'avlösningsinsatser']) {
      expect(conceptsOfWord(w)).toContain('avlosning');
    }
    for (const w of ['korttidsplatsen', 'växelvården', 'korttidsboenden']) expect(conceptsOfWord(w)).toContain('vaxelvard');
    for (const w of ['styrdokumenten', 'riktlinjerna', 'handlingsplaner']) expect(conceptsOfWord(w)).toContain('strategi');
    expect(conceptsOfWord('introduktionsutbildning')).toContain('utbildning');
    expect(conceptsOfWord('anhöriggrupperna')).toContain('grupper');
  });

  it('leaves words alone whose likeness to a root is only on the surface', () => {
    expect(conceptsOfWord('biståndsbeslut')).not.toContain('politik');
    expect(conceptsOfWord('sistnämnda')).not.toContain('politik');
    expect(conceptsOfWord('barnvaktssituation')).not.toContain('barn');
    expect(conceptsOfWord('hälsocentralen')).not.toContain('halsa');
    expect(conceptsOfWord('vädret')).toEqual([]);
  });

  it('reads two-word phrases within a clause, not across a full stop', () => {
    expect(matchConcepts(tokenize('Vi sprider det via sociala medier.')).concepts).toContain('information');
    expect(matchConcepts(tokenize('Flera sociala. Medier saknas.')).concepts).not.toContain('information');
  });

  it('understands English replies too', () => {
    const hits = matchConcepts(tokenize('Respite at home and a short-term stay would help; the GP never asks.'));
    expect(hits.concepts).toEqual(expect.arrayContaining(['avlosning', 'vaxelvard', 'vard']));
  });

  it('counts areas of the national strategy for fine concepts and area words alike', () => {
    const governance = matchConcepts(tokenize('Nämnden har fattat ett politiskt beslut om riktlinjer.'));
    expect(governance.areas.filter((a) => a === 'ledning').length).toBeGreaterThanOrEqual(3);
    const knowledge = matchConcepts(tokenize('En broschyr och en föreläsning för personalen.'));
    expect(new Set(knowledge.areas)).toEqual(new Set(['kunskap']));
  });

  it('matches nothing in a run of letters longer than any word', () => {
    const run = `avlösning${'a'.repeat(3000)}`;
    expect(conceptsOfWord(run)).toEqual([]);
    expect(matchConcepts(tokenize(`sociala ${run} ${'x'.repeat(3000)} nå ut`))).toEqual({ concepts: ['information'], areas: ['kunskap'] });
    // Up to the bound, a long compound still names its concepts.
    const compound = `${'anhörig'.repeat(7)}avlösning`;
    expect(compound.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
    expect(conceptsOfWord(compound)).toContain('avlosning');
  });
});
