import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, cardSubmit, channelMessage, ESK_CHANNEL, LEAD, personalConversationId } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
  // Eskilstuna's channel, where its questions are posted with their *Svara* button.
  await h.t.store.links.set({ program: 'teams-test', network: 'eskilstuna', platform: 'teams', channel: ESK_CHANNEL, linkedBy: 'teams:aad-coord', linkedAt: '2026-11-01T10:00:00Z' });
});
afterEach(async () => {
  await h.close();
});

const ref = { program: 'teams-test', round: 1, network: 'eskilstuna' };
type CardInput = { type: string; id?: string; value?: string; choices?: { value: string }[] };
/** Anna clicks *Svara* under the round's questions in Eskilstuna's channel, which makes Eskilstuna hers to answer for. */
async function openFromChannel(): Promise<void> {
  await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'answer', ...ref }, 'act-channel-card', `${ESK_CHANNEL};messageid=1`));
  h.connector.calls.length = 0;
}
const inputs = (card: Record<string, unknown> | undefined) =>
  ((card?.body ?? []) as CardInput[]).filter((e) => e.type.startsWith('Input.'));

describe('answering on a card', () => {
  it('opens the form privately from the channel card, stores the reply, confirms, and brings it back on Ändra', async () => {
    // Anna has written in the channel before: the bot knows her, but has no 1:1 chat with her yet.
    await h.send(channelMessage(h.connector.url, ANNA, 'help'));
    const click = cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'answer', ...ref }, 'act-channel-card', `${ESK_CHANNEL};messageid=1`);
    expect((await h.send(click)).status).toBe(200);

    // A 1:1 chat is opened with her, and the form goes there; nothing more in the channel.
    const created = h.connector.calls.find((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: ANNA.id }], tenantId: 'tenant-1' });
    const personal = personalConversationId(ANNA);
    const formActivity = h.connector.activities(personal)[0];
    const form = cardOf(formActivity?.body ?? {});
    expect(inputs(form).map((i) => [i.type, i.id])).toEqual([
      ['Input.Text', 'q.syfte'],
      ['Input.ChoiceSet', 'q.betyg'],
      ['Input.ChoiceSet', 'f.role'],
      ['Input.Toggle', 'f.consent'],
    ]);
    expect(inputs(form)[0]).toMatchObject({ isMultiline: true, value: '' });
    // No maxLength: Teams would cut a longer paste at it without a word; the bot refuses it and says so instead.
    expect(inputs(form)[0]).not.toHaveProperty('maxLength');
    expect(h.connector.activities(`${ESK_CHANNEL};messageid=1`)).toHaveLength(0);

    // Submit: stored first, then the form becomes a confirmation in place.
    const values = { 'q.syfte': 'Att få *avlösning* <b>ibland</b>', 'q.betyg': 'Bra', 'f.role': 'anhorig', 'f.consent': 'true' };
    const submit = cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, ...values }, 'act-form-1');
    expect((await h.send(submit)).status).toBe(200);
    const stored = await h.t.store.replies.list({ program: 'teams-test' });
    expect(stored.map((r) => [r.question, r.text ?? r.option, r.role, r.consent])).toEqual(
      expect.arrayContaining([
        ['syfte', 'Att få *avlösning* <b>ibland</b>', 'anhorig', true],
        ['betyg', 'Bra', 'anhorig', true],
      ]),
    );
    expect(stored.every((r) => r.author?.platform === 'teams' && r.author?.userId === 'aad-anna')).toBe(true);
    const update = h.connector.calls.find((c) => c.method === 'PUT');
    expect(update?.activityId).toBe('act-form-1');
    const confirmation = cardOf(update?.body ?? {});
    expect(cardText(confirmation)).toMatch(/Tack! Dina svar på träff 1 är sparade/);
    const edit = ((confirmation?.actions ?? []) as { title: string; data: unknown }[])[0];
    expect(edit).toMatchObject({ title: 'Ändra', data: { lnb: 'open', kind: 'answer', ...ref } });

    // Ändra: the form again, filled in with exactly what she wrote (unescaped: it is data).
    await h.send(cardSubmit(h.connector.url, ANNA, edit?.data as Record<string, unknown>, 'act-confirmation'));
    const again = cardOf(h.connector.activities(personal).at(-1)?.body ?? {});
    expect(inputs(again).map((i) => i.value)).toEqual(['Att få *avlösning* <b>ibland</b>', 'Bra', 'anhorig', 'true']);

    // An edit replaces the answer; the old text stays in the history.
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, ...values, 'q.syfte': 'Nu vet jag mer' }, 'act-form-2'));
    const syfte = (await h.t.store.replies.list({ question: 'syfte' }))[0];
    expect(syfte?.text).toBe('Nu vet jag mer');
    expect(syfte?.history.map((v) => v.text)).toEqual(['Att få *avlösning* <b>ibland</b>']);
  });

  it("puts a question's help under its box, not floating above it", async () => {
    await openFromChannel();
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'answer', ...ref }, 'act-again', `${ESK_CHANNEL};messageid=3`));
    const body = (cardOf(h.connector.activities(personalConversationId(ANNA)).at(-1)?.body ?? {})?.body ?? []) as { type: string; id?: string; text?: string }[];
    const input = body.findIndex((e) => e.id === 'q.syfte');
    const help = body.findIndex((e) => e.type === 'TextBlock' && (e.text ?? '').replace(/\u200b/g, '').includes('Ge gärna exempel'));
    expect(input).toBeGreaterThan(-1);
    expect(help).toBe(input + 1);
  });

  it('sends the form back with the text and the reasons when the submission is refused', async () => {
    await openFromChannel();
    const values = { 'q.syfte': 'Min text', 'q.betyg': 'Kanske' };
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, ...values }, 'act-form'));
    expect(await h.t.store.replies.list({})).toHaveLength(0);
    const back = cardOf(h.connector.calls.find((c) => c.method === 'PUT')?.body ?? {});
    expect(inputs(back).find((i) => i.id === 'q.syfte')?.value).toBe('Min text');
    const text = cardText(back);
    expect(text).toMatch(/Välj ett av alternativen/);
    expect(text).toMatch(/Välj din roll/);
  });

  it('keeps the text and says so when the store fails', async () => {
    await openFromChannel();
    await h.t.store.close();
    const values = { 'q.syfte': 'Viktig text som inte får försvinna', 'f.role': 'anhorig' };
    const res = await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, ...values }, 'act-form'));
    expect(res.status).toBe(200);
    const back = cardOf(h.connector.calls.find((c) => c.method === 'PUT')?.body ?? {});
    expect(inputs(back).find((i) => i.id === 'q.syfte')?.value).toBe('Viktig text som inte får försvinna');
    expect(inputs(back).find((i) => i.id === 'f.role')?.value).toBe('anhorig');
    expect(cardText(back)).toMatch(/Det gick inte att spara just nu. Din text finns kvar/);
  });

  it('answers one re-sent submit once, and saves once', async () => {
    await openFromChannel();
    const submit = cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...ref, 'q.syfte': 'En gång', 'f.role': 'chef' }, 'act-form');
    await h.send(submit);
    await h.send(submit);
    await Promise.all([h.send(submit), h.send(submit)]);
    expect(h.connector.calls.filter((c) => c.method === 'PUT' || c.path.includes('/activities'))).toHaveLength(1);
    expect(await h.t.store.replies.list({})).toHaveLength(1);
  });

  it('opens the minutes form for the leader only', async () => {
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'minutes', ...ref }, 'act-card'));
    expect(String(h.connector.activities(personalConversationId(ANNA)).at(-1)?.body.text).replace(/\u200b/g, '')).toMatch(
      /Bara nätverkets ledare/,
    );
    await h.send(cardSubmit(h.connector.url, LEAD, { lnb: 'open', kind: 'minutes', ...ref }, 'act-card'));
    expect(cardText(cardOf(h.connector.activities(personalConversationId(LEAD)).at(-1)?.body ?? {}))).toMatch(/Gruppens samtal, träff 1/);
  });

  it('opens the minutes form with the minutes already stored (here imported), asking about the group rather than the leader', async () => {
    const imported = { program: 'teams-test', round: 1, network: 'eskilstuna', question: 'syfte', author: null, role: 'annan' as const, kind: 'minutes' as const };
    await h.t.store.replies.saveMany([{ ...imported, id: 'imp-1', text: 'Gruppen vill ha mer avlösning.', option: null, consent: true }], h.t.clock.now());
    await h.send(cardSubmit(h.connector.url, LEAD, { lnb: 'open', kind: 'minutes', ...ref }, 'act-card'));
    const form = cardOf(h.connector.activities(personalConversationId(LEAD)).at(-1)?.body ?? {});
    expect(inputs(form).find((i) => i.id === 'q.syfte')?.value).toBe('Gruppen vill ha mer avlösning.');
    expect(inputs(form).map((i) => i.id)).not.toContain('f.role');
    expect(cardText(form)).toMatch(/Gruppen har sagt ja/);
    // Saved again: still one record for the question.
    await h.send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', kind: 'minutes', ...ref, 'q.syfte': 'Mer avlösning, och kvällstider.', 'f.consent': 'true' }, 'act-minutes'));
    const stored = await h.t.store.replies.list({ program: 'teams-test' });
    expect(stored.map((r) => [r.id, r.text])).toEqual([['imp-1', 'Mer avlösning, och kvällstider.']]);
  });

  it("opens and saves no form for a network whose channel the person never answered in, however the card's data names it", async () => {
    // Anna is Eskilstuna's: she opened its form in its channel.
    await openFromChannel();
    const katrineholm = { ...ref, network: 'katrineholm' };
    // A hand-made Action.Submit in her personal chat naming Katrineholm opens nothing …
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'answer', ...katrineholm }, 'act-forged-open'));
    const said = h.connector.activities(personalConversationId(ANNA)).at(-1)?.body ?? {};
    expect(cardOf(said)).toBeUndefined();
    expect(String(said.text).replace(/\u200b/g, '')).toMatch(/Härifrån kan du svara för Eskilstuna, men inte för Katrineholm/);
    // … nor does one clicked in Eskilstuna's channel …
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'open', kind: 'answer', ...katrineholm }, 'act-forged-channel', `${ESK_CHANNEL};messageid=2`));
    expect(String(h.connector.activities(`${ESK_CHANNEL};messageid=2`).at(-1)?.body.text).replace(/\u200b/g, '')).toMatch(/Här i kanalen svarar du för Eskilstuna/);
    // … and a hand-made submit saves nothing, and says why on the form.
    await h.send(cardSubmit(h.connector.url, ANNA, { lnb: 'submit', kind: 'answer', ...katrineholm, 'q.syfte': 'Inte mitt nätverk', 'f.role': 'anhorig' }, 'act-forged-submit'));
    expect(await h.t.store.replies.list({})).toHaveLength(0);
    expect(cardText(cardOf(h.connector.calls.find((c) => c.method === 'PUT')?.body ?? {}))).toMatch(/men inte för Katrineholm/);
    // Someone with no network at all gets nothing either.
    await h.send(cardSubmit(h.connector.url, LEAD, { lnb: 'submit', kind: 'answer', ...katrineholm, 'q.syfte': 'Fel', 'f.role': 'chef' }, 'act-forged-lead'));
    expect(await h.t.store.replies.list({})).toHaveLength(0);
  });

  it('ignores forged or broken card data without answering', async () => {
    for (const value of [{ lnb: 'open' }, { lnb: 'submit', kind: 'other', ...ref }, { lnb: 'open', kind: 'answer', program: 'x', round: 'one', network: 'y' }]) {
      expect((await h.send(cardSubmit(h.connector.url, ANNA, value, 'act'))).status).toBe(200);
    }
    expect(h.connector.calls).toHaveLength(0);
    expect(await h.t.store.replies.list({})).toHaveLength(0);
  });
});
