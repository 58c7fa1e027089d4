import { buildForm, type FormModel } from '../../../src/core/form-model';
import { parseFormMetadata } from '../../../src/slack/form-metadata';
import {
  boxesOf,
  CONSENT_BLOCK_ID,
  CONSENT_VALUE,
  continuedBlockId,
  FORM_CALLBACK_ID,
  optionValue,
  questionBlockId,
  ROLE_BLOCK_ID,
  renderModal,
  VALUE_ACTION_ID,
} from '../../../src/slack/render/modal-view';
import { slackProgram } from '../slack-program';

const program = slackProgram();
const [round] = program.rounds;
const [network] = program.networks;
if (!round || !network) throw new Error('test program changed');

const person = { platform: 'slack' as const, userId: 'U0PART' };
const answerForm = (): FormModel => buildForm(program, round, network, 'answer', person, [], null);
const minutesForm = (): FormModel => buildForm(program, round, network, 'minutes', person, [], null);
const meta = { ref: { kind: 'answer' as const, program: 'slack-test', round: 1, network: 'eskilstuna' }, user: 'U0PART', channel: 'C0ESK' };

type Block = { type: string; block_id?: string; optional?: boolean; label?: { text: string }; hint?: { text: string }; element?: Record<string, unknown> };
const blocksOf = (form: FormModel) => renderModal(form, meta, 'sv').blocks as Block[];

describe('renderModal', () => {
  it('renders the answer form: the intro, one optional input per question, the role and consent, with our ids and metadata', () => {
    const view = renderModal(answerForm(), meta, 'sv');
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe(FORM_CALLBACK_ID);
    expect(parseFormMetadata(view.private_metadata)).toEqual(meta);
    const blocks = view.blocks as Block[];
    expect(blocks.map((b) => b.block_id ?? b.type)).toEqual(['section', 'q_behov', 'q_stod', 'q_nojd', ROLE_BLOCK_ID, CONSENT_BLOCK_ID]);
    const behov = blocks[1] as Block;
    expect(behov).toMatchObject({ type: 'input', optional: true, label: { text: 'Vilka behov har du som anhörig?' }, hint: { text: 'Ge gärna ett exempel.' } });
    expect(behov.element).toMatchObject({ type: 'plain_text_input', action_id: VALUE_ACTION_ID, multiline: true, max_length: 3000 });
    expect(behov.element?.initial_value).toBeUndefined();
    expect((blocks[2] as Block).hint).toBeUndefined();
    // A choice of three: radio buttons, each option's value its position.
    const nojd = (blocks[3] as Block).element as { type: string; options: { text: { text: string }; value: string }[] };
    expect(nojd.type).toBe('radio_buttons');
    expect(nojd.options.map((o) => [o.text.text, o.value])).toEqual([
      ['Ja', 'o0'],
      ['Delvis', 'o1'],
      ['Nej', 'o2'],
    ]);
    const role = blocks[4] as Block;
    expect(role.optional).toBeUndefined();
    expect(role.element).toMatchObject({ type: 'static_select', action_id: VALUE_ACTION_ID });
    const consent = blocks[5] as Block;
    expect(consent.element).toMatchObject({ type: 'checkboxes', options: [{ value: CONSENT_VALUE }] });
    expect(consent.element?.initial_options).toBeUndefined();
  });

  it('fills in what was saved: the text, the chosen option, the role and consent', () => {
    const form = answerForm();
    const [behov, , nojd] = form.fields;
    if (!behov || !nojd || !form.role) throw new Error('form changed');
    behov.value = 'Avlösning 🌱 <!channel> *ibland*';
    nojd.value = 'Delvis';
    form.role.value = 'anhorig';
    form.consent.value = true;
    const blocks = blocksOf(form);
    // Plain text: what the person wrote comes back as they wrote it.
    expect(blocks[1]?.element?.initial_value).toBe('Avlösning 🌱 <!channel> *ibland*');
    expect(blocks[3]?.element?.initial_option).toEqual({ text: { type: 'plain_text', text: 'Delvis' }, value: optionValue(1) });
    expect(blocks[4]?.element?.initial_option).toMatchObject({ value: 'anhorig' });
    expect(blocks[5]?.element?.initial_options).toEqual([expect.objectContaining({ value: CONSENT_VALUE })]);
  });

  it('gives the minutes form no role, and each question three boxes of 3,000 characters', () => {
    const blocks = blocksOf(minutesForm());
    expect(blocks.map((b) => b.block_id).filter(Boolean)).toEqual([
      'q_behov',
      'q2_behov',
      'q3_behov',
      'q_stod',
      'q2_stod',
      'q3_stod',
      'q_nojd',
      CONSENT_BLOCK_ID,
    ]);
    expect(blocks.find((b) => b.block_id === 'q2_behov')?.label?.text).toBe('Fortsättning (2 av 3): Vilka behov har du som anhörig?');
  });

  it('shows a saved text longer than the boxes across more boxes, nothing cut', () => {
    const form = minutesForm();
    const [behov] = form.fields;
    if (!behov) throw new Error('form changed');
    const text = Array.from({ length: 4 }, (_, i) => `Stycke ${i} ${'ord '.repeat(740)}`).join('\n\n');
    behov.value = text;
    const boxes = blocksOf(form).filter((b) => /^q\d?_behov$/.test(b.block_id ?? ''));
    expect(boxes.length).toBe(boxesOf(behov).length);
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.map((b) => b.element?.initial_value ?? '').join('')).toBe(text);
    for (const b of boxes) expect(String(b.element?.initial_value ?? '').length).toBeLessThanOrEqual(3000);
  });

  it('uses a select over ten options, and cuts long labels to Slack’s limits', () => {
    const form = answerForm();
    const [behov, , nojd] = form.fields;
    if (!behov || !nojd) throw new Error('form changed');
    nojd.options = Array.from({ length: 120 }, (_, i) => ({ value: `v${i}`, label: `Alternativ ${i} ${'🌱'.repeat(50)}` }));
    behov.label = 'Fråga '.repeat(500);
    form.title = 'En mycket lång titel på formuläret';
    const view = renderModal(form, meta, 'sv');
    const element = (view.blocks as Block[])[3]?.element as { type: string; options: { text: { text: string } }[] };
    expect(element.type).toBe('static_select');
    expect(element.options).toHaveLength(100);
    for (const o of element.options) expect(o.text.text.length).toBeLessThanOrEqual(75);
    expect((view.blocks as Block[])[1]?.label?.text.length).toBeLessThanOrEqual(2000);
    expect((view.title as { text: string }).text.length).toBeLessThanOrEqual(24);
  });

  it('stays within a modal’s 100 blocks however many questions there are', () => {
    const form = minutesForm();
    form.fields = Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, label: `Fråga ${i}`, kind: 'text' as const, options: [], value: null, maxLength: 9000 }));
    expect(blocksOf(form).length).toBeLessThanOrEqual(100);
  });
});

describe('block ids and option values', () => {
  it('prefix question ids so a question called role cannot collide with the role select', () => {
    expect(questionBlockId('role')).not.toBe(ROLE_BLOCK_ID);
    expect(continuedBlockId('role', 2)).not.toBe(questionBlockId('role'));
    expect(optionValue(0)).not.toBe(optionValue(10));
  });

  it('give a text one box per 3,000 characters of its limit, more when the saved text needs them', () => {
    expect(boxesOf({ maxLength: 3000, value: null })).toEqual(['']);
    expect(boxesOf({ maxLength: 9000, value: 'hej' })).toEqual(['hej', '', '']);
    expect(boxesOf({ maxLength: 3000, value: 'ord '.repeat(1000) }).length).toBe(2);
  });
});
