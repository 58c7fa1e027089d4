import { buildForm, type FormModel } from '../../../src/core/form-model';
import { parseProgram } from '../../../src/program/load-program';
import { fitsInTeams } from '../../../src/teams/cards/fit-card';
import { fitFormCard, fitRefusedForm } from '../../../src/teams/cards/fit-form-card';
import { TEAMS_PROGRAM_YAML, teamsProgram } from '../helpers/teams-program';

/** Three text questions, so what fits and what does not can be told apart. */
const program = parseProgram(
  TEAMS_PROGRAM_YAML.replace(
    '      - id: betyg\n        kind: choice\n        text: Hur var träffen?\n        options: [Bra, Sådär]\n',
    '      - id: hinder\n        text: Vad hindrar?\n      - id: nasta\n        text: Vad gör ni nu?\n',
  ),
  'p.yaml',
);
const notes = { trimmed: 'Förkortat.', kept: 'Sparat, för långt.', moved: 'Flyttat till ett meddelande.' };
const KB = 1024;

function form(values: Record<string, string>): FormModel {
  const round = program.rounds[0];
  const network = program.networks[0];
  if (!round || !network) throw new Error('no round');
  const f = buildForm(program, round, network, 'answer', { platform: 'teams', userId: 'aad-anna' }, [], null);
  f.fields = f.fields.map((field) => ({ ...field, value: values[field.id] ?? null }));
  return f;
}
const boxValue = (card: { body: Record<string, unknown>[] }, id: string) => card.body.find((e) => e.id === `q.${id}`)?.value;
const texts = (card: unknown) => JSON.stringify(card);

describe('fitFormCard', () => {
  it('gives a form that fits as formCard makes it, nothing kept out', () => {
    expect(teamsProgram().rounds[0]?.questions.length).toBe(2);
    const fitted = fitFormCard(form({ syfte: 'kort', hinder: 'kort' }), notes);
    expect(fitted.kept).toEqual([]);
    expect(boxValue(fitted.card, 'syfte')).toBe('kort');
    expect(texts(fitted.card)).not.toContain(notes.kept);
  });

  it('puts saved answers in whole, in question order, while the card fits, and keeps the rest out with the note', () => {
    const a = 'å'.repeat(6 * KB); // 12 KB in UTF-8
    const b = 'b'.repeat(10 * KB);
    const c = 'c'.repeat(8 * KB);
    const fitted = fitFormCard(form({ syfte: a, hinder: b, nasta: c }), notes);
    expect(fitsInTeams(fitted.card)).toBe(true);
    expect(boxValue(fitted.card, 'syfte')).toBe(a);
    expect(boxValue(fitted.card, 'hinder')).toBe(b);
    // The third no longer fits with the first two: left out whole, never cut.
    expect(boxValue(fitted.card, 'nasta')).toBe('');
    expect(fitted.kept.map((f) => [f.id, f.value])).toEqual([['nasta', c]]);
    expect(texts(fitted.card)).toContain(notes.kept);
    expect((fitted.card.actions?.[0]?.data as { kept?: unknown } | undefined)?.kept).toEqual(['nasta']);
  });

  it('skips one too large for the card but still puts in a later one that fits (emoji counted as bytes)', () => {
    const huge = '😀'.repeat(8 * KB); // 32 KB
    const fitted = fitFormCard(form({ syfte: huge, hinder: 'kort svar' }), notes);
    expect(fitsInTeams(fitted.card)).toBe(true);
    expect(boxValue(fitted.card, 'syfte')).toBe('');
    expect(boxValue(fitted.card, 'hinder')).toBe('kort svar');
    expect(fitted.kept.map((f) => f.id)).toEqual(['syfte']);
  });
});

describe('fitRefusedForm', () => {
  const none = { ids: new Set<string>(), note: '' };

  it('gives a refused form that fits back with everything typed', () => {
    const f = form({});
    const fitted = fitRefusedForm(f, { values: { syfte: 'nytt' }, role: 'chef', consent: true }, none, notes);
    expect(fitted.moved).toEqual([]);
    expect(boxValue(fitted.card, 'syfte')).toBe('nytt');
  });

  it('moves typed text the card cannot hold out whole, with the note, never cutting what stays', () => {
    const a = 'a'.repeat(14 * KB);
    const b = 'b'.repeat(14 * KB);
    const fitted = fitRefusedForm(form({}), { values: { syfte: a, hinder: b, nasta: 'kort' }, role: null, consent: false }, none, notes);
    expect(fitsInTeams(fitted.card)).toBe(true);
    expect(boxValue(fitted.card, 'syfte')).toBe(a);
    expect(boxValue(fitted.card, 'hinder')).toBe('');
    expect(boxValue(fitted.card, 'nasta')).toBe('kort');
    expect(fitted.moved.map((m) => [m.field.id, m.text])).toEqual([['hinder', b]]);
    expect(texts(fitted.card)).toContain(notes.moved);
  });

  it('never moves a kept field (its box is empty on purpose)', () => {
    const a = 'a'.repeat(30 * KB);
    const kept = { ids: new Set(['syfte']), note: 'kept' };
    const fitted = fitRefusedForm(form({}), { values: { syfte: a, hinder: 'x' }, role: null, consent: false }, kept, notes);
    expect(fitted.moved).toEqual([]);
    expect(boxValue(fitted.card, 'syfte')).toBe('');
    expect(fitsInTeams(fitted.card)).toBe(true);
  });
});
