import { formRefOf, keptOf, submissionOf } from '../../src/teams/card-data';

describe('formRefOf', () => {
  it('takes a button’s reference, a round sent back as a string included', () => {
    expect(formRefOf({ lnb: 'open', kind: 'answer', program: 'p', round: '2', network: 'öst' })).toEqual({ kind: 'answer', program: 'p', round: 2, network: 'öst' });
    expect(formRefOf({ kind: 'minutes', program: 'p', round: 1, network: 'n' })?.kind).toBe('minutes');
  });

  it('ignores what no button of ours sends: unknown kinds, bad rounds, empty or very long names, no object', () => {
    const ok = { kind: 'answer', program: 'p', round: 1, network: 'n' };
    for (const bad of [
      { ...ok, kind: 'delete' },
      { ...ok, round: 0 },
      { ...ok, round: 1.5 },
      { ...ok, round: 'ett' },
      { ...ok, network: '' },
      { ...ok, program: 'x'.repeat(201) },
      { ...ok, network: undefined },
      null,
      'answer',
      [],
    ]) {
      expect(formRefOf(bad)).toBeUndefined();
    }
  });
});

describe('submissionOf', () => {
  it('reads the question boxes by their prefix, the role and consent as the card sends them', () => {
    expect(submissionOf({ lnb: 'submit', 'q.syfte': 'Mer tid 😀', 'q.betyg': 'Bra', 'f.role': 'chef', 'f.consent': 'true', kind: 'answer' })).toEqual({
      values: { syfte: 'Mer tid 😀', betyg: 'Bra' },
      role: 'chef',
      consent: true,
    });
  });

  it('takes no role from an empty choice and no consent from anything but true, and drops non-text values', () => {
    expect(submissionOf({ 'q.a': 42, 'q.b': { x: 1 }, 'q.c': '', 'f.role': '', 'f.consent': 'false' })).toEqual({ values: { c: '' }, role: null, consent: false });
    expect(submissionOf({ 'f.consent': true, 'f.role': 3 })).toEqual({ values: {}, role: null, consent: true });
    expect(submissionOf({ 'f.consent': 'yes' }).consent).toBe(false);
  });
});

describe('keptOf', () => {
  it('reads the list of kept questions, and nothing from anything else', () => {
    expect(keptOf({ kept: ['syfte', 'hinder'] })).toEqual(['syfte', 'hinder']);
    expect(keptOf({})).toEqual([]);
    expect(keptOf({ kept: 'syfte' })).toEqual([]);
    expect(keptOf({ kept: ['syfte', 3] })).toEqual([]);
    expect(keptOf({ kept: [''] })).toEqual([]);
    expect(keptOf({ kept: Array.from({ length: 201 }, (_, i) => `q${i}`) })).toEqual([]);
  });
});
