import { formFlow } from './form-flow';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { commandBody } from './slack-payloads';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

const { postRound, click, openedViews, openAnswerForm } = formFlow(() => h);

/** Opening a form: a loading modal on the trigger, then the form (or why there is none). Submitting it: listeners/views/form-submission.test.ts. */
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
