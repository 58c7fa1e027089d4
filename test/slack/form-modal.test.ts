import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { blockActionsBody, chosen, commandBody, consented, selectedRole, typed, viewSubmissionBody } from './slack-payloads';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

interface OpenedView {
  blocks: { type: string; block_id?: string; element?: Record<string, unknown>; label?: { text: string }; hint?: { text: string } }[];
  private_metadata: string;
  callback_id: string;
  title: { text: string };
}

const target: ChannelTarget = { platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' };

/** Posts round 1 to Eskilstuna through the port and returns its buttons as Slack shows them. */
async function postRound(): Promise<{ action_id: string; value: string }[]> {
  const program = h.t.ctx.program;
  const round = program.rounds[0];
  const network = program.networks[0];
  if (!round || !network) throw new Error('test program changed');
  await h.adapter.port.post(target, roundMessage(program, round, network, 'post', 'sv'), 'slack-test/1/eskilstuna/post/0');
  const actions = h.fake.messages.at(-1)?.blocks.find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
  return actions.elements;
}

async function click(user: string, button: { action_id: string; value: string }, triggerId?: string) {
  return h.post(
    blockActionsBody({ user, channel: 'C0ESK', actionId: button.action_id, value: button.value, responseUrl: h.fake.responseUrl('btn'), triggerId }),
  );
}

/** The forms shown: each opens as a loading modal (views.open) that the form then replaces (views.update). */
const openedViews = () =>
  h.fake
    .accepted('views.update')
    .map((c) => c.args.view as OpenedView)
    .filter((v) => v.callback_id === 'lnb_form');

async function openAnswerForm(user: string): Promise<{ view: OpenedView; viewId: string }> {
  const [answer] = await postRound();
  if (!answer) throw new Error('no answer button');
  const before = openedViews().length;
  const res = await click(user, answer);
  expect(res.status).toBe(200);
  await eventually(() => openedViews().length > before);
  const view = openedViews().at(-1) as OpenedView;
  return { view, viewId: `V-${user}-${before}` };
}

const submit = (user: string, opened: { view: OpenedView; viewId: string }, values: Record<string, Record<string, unknown>>) =>
  h.post(viewSubmissionBody({ user, view: opened.view, viewId: opened.viewId, values }));

describe('the answer modal', () => {
  it('opens from the Svara button with one input per question, a role and consent', async () => {
    const { view } = await openAnswerForm('U0PART');
    expect(view.callback_id).toBe('lnb_form');
    expect(view.title.text).toBe('Träff 1');
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(['q_behov', 'q_stod', 'q_nojd', 'lnb_role', 'lnb_consent']);
    expect(inputs[0]).toMatchObject({
      label: { text: 'Vilka behov har du som anhörig?' },
      hint: { text: 'Ge gärna ett exempel.' },
      element: { type: 'plain_text_input', multiline: true, max_length: 3000 },
    });
    expect(inputs[0]?.element).not.toHaveProperty('initial_value');
    expect(inputs[2]?.element).toMatchObject({ type: 'radio_buttons', options: [{ value: 'o0' }, { value: 'o1' }, { value: 'o2' }] });
    expect(inputs[3]?.element).toMatchObject({ type: 'static_select' });
    expect(inputs[3]?.element).not.toHaveProperty('initial_option');
    expect(JSON.parse(view.private_metadata)).toEqual({ ref: { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' }, user: 'U0PART', channel: 'C0ESK' });
  });

  it('stores a submission before closing, confirms privately once, and shows the answers again for editing', async () => {
    const opened = await openAnswerForm('U0PART');
    const res = await submit('U0PART', opened, {
      q_behov: typed('Avlösning på kvällarna. <!channel> *viktigt*'),
      q_stod: typed(''),
      q_nojd: chosen('Delvis', 'o1'),
      lnb_role: selectedRole('anhorig'),
      lnb_consent: consented(true),
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const stored = await h.t.store.replies.list({ program: 'slack-test' });
    expect(stored.map((r) => [r.question, r.text, r.option, r.role, r.consent])).toEqual([
      ['behov', 'Avlösning på kvällarna. <!channel> *viktigt*', null, 'anhorig', true],
      ['nojd', null, 'Delvis', 'anhorig', true],
    ]);
    expect(stored[0]?.author).toEqual({ platform: 'slack', userId: 'U0PART' });

    await eventually(() => h.fake.accepted('chat.postEphemeral').length === 1);
    expect(h.fake.accepted('chat.postEphemeral')[0]?.args).toMatchObject({ channel: 'C0ESK', user: 'U0PART', text: expect.stringMatching(/Tack! Dina svar på träff 1 är sparade/) });

    // Opening again shows what was saved, the role and the consent.
    const again = await openAnswerForm('U0PART');
    const byId = Object.fromEntries(again.view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(byId.q_behov).toMatchObject({ initial_value: 'Avlösning på kvällarna. <!channel> *viktigt*' });
    expect(byId.q_stod).not.toHaveProperty('initial_value');
    expect(byId.q_nojd).toMatchObject({ initial_option: { value: 'o1', text: { text: 'Delvis' } } });
    expect(byId.lnb_role).toMatchObject({ initial_option: { value: 'anhorig' } });
    expect(byId.lnb_consent).toMatchObject({ initial_options: [{ value: 'yes' }] });

    // The edit replaces the answer; the cleared choice is taken back.
    h.t.clock.advance(60_000);
    await submit('U0PART', again, { q_behov: typed('Avlösning.'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) });
    const edited = await h.t.store.replies.list({ program: 'slack-test' });
    expect(edited.map((r) => [r.question, r.text, r.consent])).toEqual([['behov', 'Avlösning.', false]]);
    expect(edited[0]?.history.map((v) => v.text)).toEqual(['Avlösning på kvällarna. <!channel> *viktigt*']);
  });

  it('refuses an empty submission on the first question and keeps the modal open', async () => {
    const opened = await openAnswerForm('U0PART');
    const res = await submit('U0PART', opened, { q_behov: typed('   '), lnb_role: selectedRole('chef'), lnb_consent: consented(false) });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/minst en fråga/) } });
    expect(await h.t.store.replies.list({})).toEqual([]);
  });

  it('keeps the text in the open modal with a message when the store fails', async () => {
    const opened = await openAnswerForm('U0PART');
    await h.t.store.close();
    const res = await submit('U0PART', opened, { q_behov: typed('Viktig text'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) });
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/Din text finns kvar/) } });
    expect(h.fake.accepted('chat.postEphemeral')).toEqual([]);
  });

  it('a retried submission stores one reply and confirms once', async () => {
    const opened = await openAnswerForm('U0PART');
    const values = { q_behov: typed('Samma svar'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) };
    const body = viewSubmissionBody({ user: 'U0PART', view: opened.view, viewId: opened.viewId, values });
    expect((await h.post(body)).status).toBe(200);
    const retry = await h.post(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(retry.text).toBe('');
    expect(await h.t.store.replies.list({})).toHaveLength(1);
    await h.adapter.stop(); // Stopping waits for every request taken and all it started: nothing more can come after this.
    expect(h.fake.accepted('chat.postEphemeral')).toHaveLength(1);
  });

  it("refuses a payload that carries someone else's modal", async () => {
    const opened = await openAnswerForm('U0PART');
    const res = await submit('U0OTHER', opened, { q_behov: typed('Inte mitt'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(false) });
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/öppnades av någon annan/) } });
    expect(await h.t.store.replies.list({})).toEqual([]);
  });

  it('refuses forged private metadata and a forged choice', async () => {
    const opened = await openAnswerForm('U0PART');
    const forged = { ...opened, view: { ...opened.view, private_metadata: '{"ref":{"kind":"answer"},"user":"U0PART"}' } };
    const res = await submit('U0PART', forged, { q_behov: typed('x'), lnb_role: selectedRole('anhorig') });
    expect(res.json()).toMatchObject({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/finns inte längre/) } });
    const badChoice = await submit('U0PART', opened, { q_nojd: chosen('Kanske', 'o9'), lnb_role: selectedRole('anhorig') });
    expect(badChoice.json()).toMatchObject({ response_action: 'errors', errors: { q_nojd: expect.any(String) } });
    const badRole = await submit('U0PART', opened, { q_behov: typed('x'), lnb_role: selectedRole('kung') });
    expect(badRole.json()).toMatchObject({ response_action: 'errors', errors: { lnb_role: expect.stringMatching(/Välj din roll/) } });
    expect(await h.t.store.replies.list({})).toEqual([]);
  });

  it('a double click opens one modal', async () => {
    const [answer] = await postRound();
    if (!answer) throw new Error('no button');
    await Promise.all([click('U0PART', answer), click('U0PART', answer)]);
    await h.adapter.stop(); // Stopping waits for every request taken and all it started: nothing more can come after this.
    expect(h.fake.calls.filter((c) => c.method === 'views.open')).toHaveLength(1);
  });

  it('the minutes button opens the minutes form for the leader and refuses a participant privately', async () => {
    const [, minutes] = await postRound();
    if (!minutes) throw new Error('no minutes button');
    await click('U0PART', minutes);
    await eventually(() => h.fake.responses.length === 1);
    expect(h.fake.responses[0]?.body).toEqual({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/Bara nätverkets ledare/) });
    expect(openedViews()).toEqual([]);
    await click('U0LEAD', minutes);
    await eventually(() => openedViews().length === 1);
    expect(openedViews()[0]?.title.text).toBe('Gruppens samtal, träff 1');
  });
});

describe('the minutes modal', () => {
  /** Minutes of a long meeting: 8 paragraphs, 7,500 characters, more than two of Slack's boxes hold. */
  const paragraphs = Array.from({ length: 8 }, (_, i) => `Stycke ${i + 1}: ${'gruppen talade om avlösning och om stöd som passar var och en '.repeat(15).trim()}.`);
  const long = paragraphs.join('\n\n');

  async function openMinutes(): Promise<{ view: OpenedView; viewId: string }> {
    const [, minutes] = await postRound();
    if (!minutes) throw new Error('no minutes button');
    const before = openedViews().length;
    await click('U0LEAD', minutes);
    await eventually(() => openedViews().length > before);
    return { view: openedViews().at(-1) as OpenedView, viewId: `V-U0LEAD-${before}` };
  }

  it('gives each question three boxes of 3,000 characters, saves them as one text, and shows a long text again across them, whole', async () => {
    expect(long.length).toBeGreaterThan(6000);
    expect(long.length).toBeLessThanOrEqual(9000);
    const opened = await openMinutes();
    const inputs = opened.view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(['q_behov', 'q2_behov', 'q3_behov', 'q_stod', 'q2_stod', 'q3_stod', 'q_nojd', 'lnb_consent']);
    for (const box of inputs.slice(0, 6)) expect(box.element).toMatchObject({ type: 'plain_text_input', max_length: 3000 });
    expect(inputs[1]?.label?.text).toBe('Fortsättning (2 av 3): Vilka behov har du som anhörig?');
    expect(JSON.stringify(opened.view.blocks[0])).toContain('Upp till 9');

    // Pasted a few paragraphs to a box, as Slack takes at most 3,000 characters in one.
    const cut = [paragraphs.slice(0, 3), paragraphs.slice(3, 6), paragraphs.slice(6)].map((some) => some.join('\n\n'));
    for (const text of cut) expect(text.length).toBeLessThanOrEqual(3000);
    const res = await submit('U0LEAD', opened, {
      q_behov: typed(cut[0] ?? ''),
      q2_behov: typed(cut[1] ?? ''),
      q3_behov: typed(cut[2] ?? ''),
      q_stod: typed('Kort.'),
      lnb_consent: consented(true),
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const stored = await h.t.store.replies.list({ program: 'slack-test' });
    expect(stored.map((r) => [r.kind, r.question, r.text]).sort()).toEqual([
      ['minutes', 'behov', long],
      ['minutes', 'stod', 'Kort.'],
    ]);

    // Opened again: the text across the boxes, cut where paragraphs end, and put together it is what was saved.
    const again = await openMinutes();
    const byId = Object.fromEntries(again.view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    const shown = ['q_behov', 'q2_behov', 'q3_behov'].map((id) => String(byId[id]?.initial_value ?? ''));
    for (const text of shown) expect(text.length).toBeLessThanOrEqual(3000);
    expect(shown.slice(0, 2).every((text) => text.endsWith('.\n\n'))).toBe(true);
    expect(shown.join('')).toBe(long);
    h.t.clock.advance(60_000);
    await submit('U0LEAD', again, {
      q_behov: typed(shown[0] ?? ''),
      q2_behov: typed(shown[1] ?? ''),
      q3_behov: typed(shown[2] ?? ''),
      q_stod: typed('Kort.'),
      lnb_consent: consented(true),
    });
    expect((await h.t.store.replies.list({ program: 'slack-test' })).map((r) => r.text).sort()).toEqual(['Kort.', long].sort());
  });

  it('refuses minutes over 9,000 characters with the count, saving nothing', async () => {
    const opened = await openMinutes();
    const res = await submit('U0LEAD', opened, {
      q_behov: typed('a'.repeat(3000)),
      q2_behov: typed('b'.repeat(3000)),
      q3_behov: typed('c'.repeat(3000)),
      q_stod: typed('Kort.'),
      lnb_consent: consented(true),
    });
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/9004 tecken, högst 9000/) } });
    expect(await h.t.store.replies.list({})).toEqual([]);
  });
});

describe('/lnb answer', () => {
  it("opens the answer modal for the channel's network and current round", async () => {
    const res = await h.post(commandBody({ command: '/lnb', text: 'answer', user: 'U0PART', channel: 'C0ESK', responseUrl: h.fake.responseUrl('c') }));
    expect(res.status).toBe(200);
    await eventually(() => openedViews().length === 1);
    expect(JSON.parse(openedViews()[0]?.private_metadata ?? '{}')).toMatchObject({ ref: { kind: 'answer', round: 1, network: 'eskilstuna' } });
  });

  it('says so in a channel no network is linked to', async () => {
    const res = await h.post(commandBody({ command: '/lnb', text: 'answer', user: 'U0PART', channel: 'C0NONE', responseUrl: h.fake.responseUrl('c') }));
    expect(res.status).toBe(200);
    // The modal opened at once (the trigger lasts 3 s); the channel's network is looked up after, and the modal says what is wrong.
    await eventually(() => h.fake.accepted('views.update').length === 1);
    expect(JSON.stringify(h.fake.accepted('views.update')[0]?.args.view)).toMatch(/inte kopplad/);
    expect(openedViews()).toEqual([]);
  });
});
