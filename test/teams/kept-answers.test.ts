import type { FormRef } from '../../src/core/form-model';
import { submitForm } from '../../src/core/submit-form';
import { withKeptAnswers } from '../../src/teams/kept-answers';
import { startTeamsTurns, type TeamsTurns } from './helpers/teams-turn';

const lead = { platform: 'teams' as const, userId: 'aad-lead' };
const answer: FormRef = { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' };
const minutes: FormRef = { ...answer, kind: 'minutes' };
const saved = Array(50).fill('Ett långt sparat svar 😀').join(' ');

let h: TeamsTurns;
beforeEach(async () => {
  h = await startTeamsTurns();
  const result = await submitForm(h.t.ctx, lead, answer, { values: { syfte: saved, betyg: 'Bra' }, role: 'chef', consent: true });
  expect(result.ok).toBe(true);
});
afterEach(async () => h.close());

describe('withKeptAnswers', () => {
  it('puts a kept box that came back empty back as saved, and names it', async () => {
    const { submission, kept } = await withKeptAnswers(h.deps, lead, answer, { values: { syfte: '  ', betyg: 'Sådär' }, role: 'chef', consent: false }, ['syfte']);
    expect(submission).toEqual({ values: { syfte: saved, betyg: 'Sådär' }, role: 'chef', consent: false });
    expect([...kept]).toEqual(['syfte']);
  });

  it('lets what was written in the box replace the saved answer', async () => {
    const { submission, kept } = await withKeptAnswers(h.deps, lead, answer, { values: { syfte: 'Nytt' }, role: 'chef', consent: true }, ['syfte']);
    expect(submission.values.syfte).toBe('Nytt');
    expect(kept.size).toBe(0);
  });

  it('puts nothing back for a box the card did not leave out, or for a made-up question', async () => {
    const empty = { values: { syfte: '' }, role: 'chef', consent: true };
    expect((await withKeptAnswers(h.deps, lead, answer, empty, [])).submission.values.syfte).toBe('');
    const madeUp = await withKeptAnswers(h.deps, lead, answer, empty, ['finns-inte', '<script>']);
    expect(madeUp.submission.values).toEqual({ syfte: '' });
    expect(madeUp.kept.size).toBe(0);
  });

  it('only ever reads the sender’s own answer, and the choice saved as an option', async () => {
    const anna = { platform: 'teams' as const, userId: 'aad-anna' };
    const theirs = await withKeptAnswers(h.deps, anna, answer, { values: {}, role: null, consent: false }, ['syfte', 'betyg']);
    expect(theirs.submission.values).toEqual({});
    const own = await withKeptAnswers(h.deps, lead, answer, { values: {}, role: null, consent: false }, ['betyg']);
    expect(own.submission.values).toEqual({ betyg: 'Bra' });
  });

  it('reads the group’s minutes for a minutes form, and nothing for an unknown round', async () => {
    await submitForm(h.t.ctx, lead, minutes, { values: { syfte: 'Gruppens anteckning' }, role: null, consent: true });
    const { submission } = await withKeptAnswers(h.deps, { platform: 'teams', userId: 'aad-lead' }, minutes, { values: {}, role: null, consent: true }, ['syfte']);
    expect(submission.values.syfte).toBe('Gruppens anteckning');
    const unknown = await withKeptAnswers(h.deps, lead, { ...answer, round: 9 }, { values: {}, role: null, consent: true }, ['syfte']);
    expect(unknown.kept.size).toBe(0);
  });
});
