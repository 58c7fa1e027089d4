import { buildForm, type FormModel } from '../../../src/core/form-model';
import { CONSENT_INPUT, formCard, KEPT_DATA, QUESTION_PREFIX, ROLE_INPUT } from '../../../src/teams/cards/form-card';
import { teamsProgram } from '../helpers/teams-program';

const program = teamsProgram();
const round = program.rounds[0];
const network = program.networks[0];
if (!round || !network) throw new Error('test program has no round or network');

const form = (kind: 'answer' | 'minutes' = 'answer'): FormModel => buildForm(program, round, network, kind, { platform: 'teams', userId: 'aad-anna' }, [], null);
type Input = { type: string; id?: string; value?: unknown; label?: string; choices?: unknown; title?: string };
const inputs = (card: { body: Record<string, unknown>[] }) => card.body.filter((e) => String(e.type).startsWith('Input.')) as Input[];
const byId = (card: { body: Record<string, unknown>[] }, id: string) => inputs(card).find((i) => i.id === id);

describe('formCard', () => {
  it('has a box per question (a choice for a choice), the role, consent and Skicka with the form’s reference', () => {
    const card = formCard(form());
    expect(inputs(card).map((i) => [i.type, i.id])).toEqual([
      ['Input.Text', `${QUESTION_PREFIX}syfte`],
      ['Input.ChoiceSet', `${QUESTION_PREFIX}betyg`],
      ['Input.ChoiceSet', ROLE_INPUT],
      ['Input.Toggle', CONSENT_INPUT],
    ]);
    expect(byId(card, 'q.betyg')?.choices).toEqual([
      { title: 'Bra', value: 'Bra' },
      { title: 'Sådär', value: 'Sådär' },
    ]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Skicka', style: 'positive', data: { lnb: 'submit', kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' } }]);
    // The help sits under its box, not above it.
    const syfte = card.body.findIndex((e) => e.id === 'q.syfte');
    expect(card.body[syfte + 1]).toMatchObject({ type: 'TextBlock', text: 'Ge gärna exempel.', isSubtle: true });
  });

  it('has no role in the minutes, which are the group’s', () => {
    expect(byId(formCard(form('minutes')), ROLE_INPUT)).toBeUndefined();
  });

  it('prefills what was saved unescaped (it is the person’s own text to edit), and escapes display text', () => {
    const f = form();
    const saved = 'Mer *tid* [länk](http://x.example) <b>😀</b>';
    f.fields = f.fields.map((field) => (field.id === 'syfte' ? { ...field, value: saved, label: '**Fråga**' } : field));
    f.title = '[Rubrik](http://evil.example)';
    const card = formCard(f);
    expect(byId(card, 'q.syfte')?.value).toBe(saved);
    expect(byId(card, 'q.syfte')?.label).toBe('**Fråga**');
    expect(String(card.body[0]?.text)).not.toMatch(/\]\(/);
  });

  it('shows a refused draft again with the reason under the field it is about', () => {
    const f = form();
    f.errors = { syfte: 'För långt.', role: 'Välj en roll.' };
    const card = formCard(f, { values: { syfte: 'Mitt utkast', betyg: 'Sådär' }, role: 'chef', consent: true });
    expect(byId(card, 'q.syfte')?.value).toBe('Mitt utkast');
    expect(byId(card, 'q.betyg')?.value).toBe('Sådär');
    expect(byId(card, ROLE_INPUT)?.value).toBe('chef');
    expect(byId(card, CONSENT_INPUT)?.value).toBe('true');
    const afterSyfte = card.body.slice(card.body.findIndex((e) => e.id === 'q.syfte'), card.body.findIndex((e) => e.id === 'q.betyg'));
    expect(afterSyfte.find((e) => e.color === 'Attention')?.text).toBe('För långt.');
    const role = card.body.findIndex((e) => e.id === ROLE_INPUT);
    expect(card.body[role + 1]).toMatchObject({ color: 'Attention', text: 'Välj en roll.' });
  });

  it('leaves a kept or moved box empty with its note, and names both in the submit', () => {
    const f = form();
    f.fields = f.fields.map((field) => (field.id === 'syfte' ? { ...field, value: 'sparat' } : field));
    const card = formCard(f, undefined, { ids: new Set(['syfte']), note: 'Sparat svar kvar.' });
    expect(byId(card, 'q.syfte')?.value).toBe('');
    const syfte = card.body.findIndex((e) => e.id === 'q.syfte');
    expect(card.body[syfte + 1]).toMatchObject({ text: 'Sparat svar kvar.', isSubtle: true });
    expect((card.actions?.[0]?.data as Record<string, unknown> | undefined)?.[KEPT_DATA]).toEqual(['syfte']);

    const moved = formCard(f, { values: { syfte: 'nytt', betyg: 'Bra' }, role: null, consent: false }, { ids: new Set(), note: '' }, { ids: new Set(['betyg']), note: 'Flyttat.' });
    expect(byId(moved, 'q.betyg')?.value).toBe('');
    expect(byId(moved, 'q.syfte')?.value).toBe('nytt');
    expect((moved.actions?.[0]?.data as Record<string, unknown> | undefined)?.[KEPT_DATA]).toEqual(['betyg']);
    expect(Object.keys(formCard(f).actions?.[0]?.data ?? {})).not.toContain(KEPT_DATA);
  });
});
