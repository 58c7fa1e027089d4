import type { FormRef } from '../../src/core/form-model';
import { readSubmission, slackErrors } from '../../src/slack/read-submission';
import { chosen, consented, selectedRole, typed } from './slack-payloads';
import { slackProgram } from './slack-program';

const program = slackProgram();
const ref: FormRef = { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' };

describe('readSubmission', () => {
  it('reads a modal’s state as Slack sends it: texts as typed, a choice as its option text, the role and consent', () => {
    const values = {
      q_behov: typed('Avlösning 🌱 <!channel> *ibland*'),
      q_stod: typed(''),
      q_nojd: chosen('Delvis', 'o1'),
      lnb_role: selectedRole('anhorig'),
      lnb_consent: consented(true),
    };
    expect(readSubmission(program, ref, values)).toEqual({
      values: { behov: 'Avlösning 🌱 <!channel> *ibland*', stod: '', nojd: 'Delvis' },
      role: 'anhorig',
      consent: true,
    });
  });

  it('reads nothing chosen or typed as null, and no consent as false', () => {
    const values = { q_behov: { value: { type: 'plain_text_input', value: null } }, q_nojd: { value: { type: 'radio_buttons', selected_option: null } }, lnb_consent: consented(false) };
    expect(readSubmission(program, ref, values)).toEqual({ values: { behov: null, stod: null, nojd: null }, role: null, consent: false });
  });

  it('puts a question’s further boxes together again, in order, the empty ones left out', () => {
    const minutes: FormRef = { ...ref, kind: 'minutes' };
    const values = { q_behov: typed('Första delen. '), q2_behov: typed(''), q3_behov: typed('Tredje delen.'), q2_stod: typed('Bara andra') };
    const read = readSubmission(program, minutes, values);
    expect(read.values.behov).toBe('Första delen. Tredje delen.');
    // A box before it was not sent: what there is still counts.
    expect(read.values.stod).toBe('Bara andra');
  });

  it('passes a choice that is not one of ours on as it came, for the rules to refuse', () => {
    const read = readSubmission(program, ref, { q_nojd: chosen('Forged', 'o99') });
    expect(read.values.nojd).toBe('o99');
  });

  it('reads every question of another form (a round or network that is not there) as nothing', () => {
    expect(readSubmission(program, { ...ref, round: 9 }, { q_behov: typed('x') })).toEqual({ values: {}, role: null, consent: false });
    expect(readSubmission(program, { ...ref, program: 'other' }, { q_behov: typed('x') }).values).toEqual({});
  });

  it.each([
    ['null', null],
    ['a string', 'values'],
    ['an array', [typed('x')]],
    ['blocks of the wrong shape', { q_behov: 'x', q_nojd: { value: 'o1' }, lnb_role: { value: { selected_option: 'anhorig' } }, lnb_consent: { value: { selected_options: 'yes' } } }],
    ['values of the wrong type', { q_behov: { value: { value: 42 } }, q_nojd: { value: { selected_option: { value: 1 } } }, lnb_consent: { value: { selected_options: [null, 'yes', { value: 1 }] } } }],
  ])('reads a hostile state that is %s as nothing, without throwing', (_, values) => {
    expect(readSubmission(program, ref, values)).toEqual({ values: { behov: null, stod: null, nojd: null }, role: null, consent: false });
  });

  it('keeps a very long text whole, for the rules to measure', () => {
    const long = '🌱'.repeat(5000);
    expect(readSubmission(program, ref, { q_behov: typed(long) }).values.behov).toBe(long);
  });
});

describe('slackErrors', () => {
  it('hangs the rules’ messages on the block of their field, the role’s on the role select', () => {
    expect(slackErrors({ behov: 'För långt', role: 'Välj en roll' })).toEqual({ q_behov: 'För långt', lnb_role: 'Välj en roll' });
    expect(slackErrors({})).toEqual({});
  });
});
