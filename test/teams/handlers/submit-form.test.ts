import { submitForm } from '../../../src/core/submit-form';
import { registerSubmitForm } from '../../../src/teams/handlers/submit-form';
import { cardOf, cardText } from '../helpers/fake-connector';
import { cardSubmit, LEAD, personalConversationId } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

const ref = { kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' };
const lead = { platform: 'teams' as const, userId: 'aad-lead' };

let h: TeamsTurns;
let send: ReturnType<TeamsTurns['app']>;
beforeEach(async () => {
  h = await startTeamsTurns();
  send = h.app(registerSubmitForm);
});
afterEach(async () => h.close());

type Input = { id?: string; value?: unknown };
const replaced = () => cardOf(h.connector.calls.filter((c) => c.method === 'PUT' && c.activityId === 'form-1').at(-1)?.body ?? {});
const inputs = (card: Record<string, unknown> | undefined) => ((card?.body ?? []) as Input[]).filter((e) => e.id);
const stored = async () => (await h.t.store.replies.list({})).map((r) => [r.question, r.text ?? r.option, r.role, r.consent]);

describe('the form’s Skicka', () => {
  it('saves the replies first, then puts a confirmation with Ändra in place of the form', async () => {
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', ...ref, 'q.syfte': 'Mer avlösning 😀', 'q.betyg': 'Bra', 'f.role': 'chef', 'f.consent': 'true' }, 'form-1'));
    expect(await stored()).toEqual(expect.arrayContaining([['syfte', 'Mer avlösning 😀', 'chef', true], ['betyg', 'Bra', 'chef', true]]));
    const card = replaced();
    expect(cardText(card)).toMatch(/Tack/);
    expect(((card?.actions ?? []) as { title: string; data: unknown }[]).map((a) => [a.title, a.data])).toEqual([['Ändra', { lnb: 'open', ...ref, round: 1 }]]);
  });

  it('brings a refused form back with what was typed and the reason under the field, saving nothing', async () => {
    const tooLong = 'x'.repeat(3001);
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', ...ref, 'q.syfte': tooLong, 'f.role': 'chef', 'f.consent': 'false' }, 'form-1'));
    expect(await stored()).toEqual([]);
    const card = replaced();
    expect(inputs(card).find((i) => i.id === 'q.syfte')?.value).toBe(tooLong);
    expect(inputs(card).find((i) => i.id === 'f.role')?.value).toBe('chef');
    expect(((card?.body ?? []) as { color?: string }[]).some((e) => e.color === 'Attention')).toBe(true);
  });

  it('keeps a saved answer the card left out when its box comes back empty', async () => {
    await submitForm(h.t.ctx, lead, { ...ref, kind: 'answer' }, { values: { syfte: 'Sparat långt svar' }, role: 'chef', consent: true });
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', ...ref, kept: ['syfte'], 'q.syfte': '', 'q.betyg': 'Sådär', 'f.role': 'chef', 'f.consent': 'true' }, 'form-1'));
    expect(await stored()).toEqual(expect.arrayContaining([['syfte', 'Sparat långt svar', 'chef', true], ['betyg', 'Sådär', 'chef', true]]));
  });

  it('saves nothing and keeps the card as filled in when the saved answers cannot be read', async () => {
    await h.t.store.close();
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', ...ref, kept: ['syfte'], 'q.syfte': '', 'f.role': 'chef' }, 'form-1'));
    const sent = h.connector.activities(personalConversationId(LEAD));
    expect(sent.map((c) => c.method)).toEqual(['POST']);
    expect(String(sent[0]?.body.text)).toMatch(/Det gick inte att spara just nu/);
  });

  it('ignores a submit that names no form, without a word', async () => {
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', kind: 'answer', 'q.syfte': 'x' }, 'form-1'));
    expect(h.connector.calls).toEqual([]);
    expect(await stored()).toEqual([]);
  });
});
