import { buildForm, MAX_ANSWER_LENGTH, MAX_MINUTES_LENGTH, maxLengthOf } from '../../src/core/form-model';
import type { Person } from '../../src/core/person';
import type { Network, Round } from '../../src/program/schema';
import type { Reply } from '../../src/replies/reply';
import { ROLES } from '../../src/replies/roles';
import { exampleProgram } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

const program = exampleProgram();
const round1 = program.rounds[0] as Round;
const round4 = program.rounds[3] as Round;
const eskilstuna = program.networks[0] as Network;
const anna: Person = { platform: 'local', userId: 'anna' };
const T0 = '2026-11-23T09:00:00.000Z';
const saved = (overrides: Parameters<typeof replyInput>[0]): Reply => ({ ...replyInput(overrides), createdAt: T0, updatedAt: T0, history: [] });

describe('maxLengthOf', () => {
  it('takes three answers\' worth of text for minutes', () => {
    expect(maxLengthOf('answer')).toBe(MAX_ANSWER_LENGTH);
    expect(maxLengthOf('minutes')).toBe(MAX_MINUTES_LENGTH);
    expect(MAX_MINUTES_LENGTH).toBe(3 * MAX_ANSWER_LENGTH);
  });
});

describe('buildForm', () => {
  it('has one field per question of the round, with its help, kind and options', () => {
    const form = buildForm(program, round4, eskilstuna, 'answer', anna, [], null);
    expect(form.ref).toEqual({ kind: 'answer', program: 'anhorigstod-2027', round: 4, network: 'eskilstuna' });
    expect(form.fields.map((f) => [f.id, f.kind])).toEqual([
      ['forvantningar', 'choice'],
      ['nya-atgarder', 'choice'],
      ['medskick', 'text'],
    ]);
    expect(form.fields[0]?.options).toEqual(['Ja i hög grad', 'Ja i viss mån', 'Nej'].map((o) => ({ value: o, label: o })));
    expect(form.fields[2]?.options).toEqual([]);
    expect(form.errors).toEqual({});
  });

  it('fills in what was saved, by question: the text, or the chosen option', () => {
    const replies = [saved({ question: 'medskick', text: 'Tack! 🌷', role: 'chef', consent: true }), saved({ id: 'r-2', question: 'forvantningar', text: null, option: 'Nej', role: 'chef', consent: true })];
    const form = buildForm(program, round4, eskilstuna, 'answer', anna, replies, 'anhorig');
    expect(form.fields.map((f) => f.value)).toEqual(['Nej', null, 'Tack! 🌷']);
    // The saved role wins over the one remembered from another round, and consent is the saved one.
    expect(form.role?.value).toBe('chef');
    expect(form.consent.value).toBe(true);
  });

  it('offers every role, labelled, with the remembered one chosen when nothing is saved', () => {
    const form = buildForm(program, round1, eskilstuna, 'answer', anna, [], 'politiker');
    expect(form.role?.options.map((o) => o.value)).toEqual([...ROLES]);
    expect(form.role?.options.find((o) => o.value === 'anhorig')?.label).toBe('anhörig');
    expect(form.role?.value).toBe('politiker');
    expect(form.consent.value).toBe(false);
    expect(form.title).toBe('Träff 1');
  });

  it('says the limit up front in the person\'s language and number format', () => {
    const sv = buildForm(program, round1, eskilstuna, 'answer', anna, [], null);
    expect(sv.intro).toMatch(/Högst 3\s000 tecken per fråga/);
    expect(sv.fields.every((f) => f.maxLength === 3000)).toBe(true);
    const en = buildForm(program, round1, eskilstuna, 'answer', { ...anna, locale: 'en' }, [], null);
    expect(en.intro).toContain('3,000');
    expect(en.submitLabel).toBe('Send');
  });

  it('asks for no role on minutes, the group\'s consent, and takes longer texts', () => {
    const form = buildForm(program, round1, eskilstuna, 'minutes', anna, [], 'chef');
    expect(form.role).toBeUndefined();
    expect(form.consent.text).toMatch(/Gruppen har sagt ja/);
    expect(form.fields.every((f) => f.maxLength === 9000)).toBe(true);
    expect(form.intro).toContain('Eskilstuna');
  });
});
