import type { FormRef } from '../../src/core/form-model';
import { roundMessage } from '../../src/core/messages/round-message';
import { openFormModal, openingKey } from '../../src/slack/open-form-modal';
import { formFlow } from './form-flow';
import { realRuntime } from './real-runtime';
import { eventually, fakeSlackAndContextForEach, gatedSlackHarnessForEach, slackHarnessForEach } from './slack-harness';
import { blockActionsBody, commandBody } from './slack-payloads';

describe('openFormModal on its own', () => {
  const { fake, t } = fakeSlackAndContextForEach();

  const answer: FormRef = { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' };
  const person = { platform: 'slack' as const, userId: 'U0PART' };
  const views = (method: 'views.open' | 'views.update') => fake.accepted(method).map((c) => c.args.view as { callback_id?: string; private_metadata?: string; blocks: unknown[] });
  const open = async (rt: ReturnType<typeof realRuntime>, req: Partial<Parameters<typeof openFormModal>[1]> = {}) => {
    const told: string[] = [];
    await openFormModal(rt, { person, ref: answer, triggerId: 'T1', channel: 'C0ESK', notify: async (text) => told.push(text), ...req });
    return told;
  };

  it('opens a loading modal on the trigger, then replaces it with the form, carrying who, what and where', async () => {
    const rt = realRuntime(t, fake);
    expect(await open(rt)).toEqual([]);
    expect(fake.accepted('views.open').map((c) => c.args.trigger_id)).toEqual(['T1']);
    expect(JSON.stringify(views('views.open')[0])).toMatch(/Hämtar formuläret/);
    const [form] = views('views.update');
    expect(form?.callback_id).toBe('lnb_form');
    expect(JSON.parse(form?.private_metadata ?? '{}')).toEqual({ ref: answer, user: 'U0PART', channel: 'C0ESK' });
  });

  it('opens one modal for a double click, and another once the guard has passed', async () => {
    const rt = realRuntime(t, fake);
    await Promise.all([open(rt), open(rt)]);
    expect(fake.accepted('views.open')).toHaveLength(1);
    t.clock.advance(2_000);
    await open(rt);
    expect(fake.accepted('views.open')).toHaveLength(2);
  });

  it('tells the person privately, without a modal, what the program alone refuses', async () => {
    const rt = realRuntime(t, fake);
    expect(await open(rt, { ref: { ...answer, round: 9 } })).toEqual([expect.stringMatching(/finns inte längre/)]);
    expect(await open(rt, { ref: { ...answer, kind: 'minutes' } })).toEqual([expect.stringMatching(/Bara nätverkets ledare/)]);
    expect(fake.calls.filter((c) => c.method.startsWith('views.'))).toEqual([]);
  });

  it('says something went wrong when Slack will not open the modal (an expired trigger), and lets the next click try', async () => {
    fake.failWith('views.open', 'expired_trigger_id', () => true, 1);
    const rt = realRuntime(t, fake);
    expect(await open(rt)).toEqual([expect.stringMatching(/gick fel/)]);
    expect(await open(rt)).toEqual([]);
    expect(views('views.update')[0]?.callback_id).toBe('lnb_form');
  });

  it('shows in the modal why not when the admission refuses, and lets the next click try', async () => {
    const rt = realRuntime(t, fake);
    await open(rt, { admit: async () => 'Inte här <!channel>' });
    expect(views('views.update')).toHaveLength(1);
    expect(views('views.update')[0]?.callback_id).toBeUndefined();
    expect(JSON.stringify(views('views.update')[0])).toContain('Inte här <!channel>');
    await open(rt, { admit: async () => undefined });
    expect(views('views.update')[1]?.callback_id).toBe('lnb_form');
  });

  it('finds the form once the modal is open when given a way to find it, showing a refusal it returns', async () => {
    const rt = realRuntime(t, fake);
    await open(rt, { ref: async () => 'I den här kanalen finns inget nätverk.' });
    expect(JSON.stringify(views('views.update')[0])).toContain('I den här kanalen finns inget nätverk.');
    await open(rt, { ref: async () => answer, triggerId: 'T2' });
    expect(views('views.update')[1]?.callback_id).toBe('lnb_form');
  });

  it('shows that something went wrong when the store fails, and lets the next click try', async () => {
    const rt = realRuntime(t, fake);
    await t.store.close();
    expect(await open(rt)).toEqual([]);
    expect(JSON.stringify(views('views.update')[0])).toMatch(/gick fel/);
    expect(rt.opening.claim(openingKey('U0PART', answer))).toBe(true);
  });
});

describe("through Slack's HTTP path", () => {
  const h = slackHarnessForEach();

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
});

/** The trigger id lasts three seconds: the loading modal opens on it before the store is asked anything (the store here answers only when the test opens its gate). */
describe('the loading modal before the store answers', () => {
  const s = gatedSlackHarnessForEach();

    it('the Svara button opens a loading modal before any store read, and fills it once the store answers', async () => {
      const program = s.h.t.ctx.program;
      const [round, network] = [program.rounds[0], program.networks[0]];
      if (!round || !network) throw new Error('test program changed');
      await s.h.adapter.port.post({ platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' }, roundMessage(program, round, network, 'post', 'sv'), 'k');
      const actions = s.h.fake.messages.at(-1)?.blocks.find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
      const answer = actions.elements[0];
      if (!answer) throw new Error('no button');

      s.gated.close();
      const mark = s.gated.events.length;
      const res = await s.h.post(blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: answer.action_id, value: answer.value, responseUrl: s.h.fake.responseUrl('b') }));
      expect(res.status).toBe(200);
      await eventually(() => s.h.fake.accepted('views.open').length === 1);
      expect(s.gated.answeredSince(mark)).toBe(false);
      expect(s.h.fake.accepted('views.open')[0]?.args.view).toMatchObject({ type: 'modal', blocks: [{ text: { text: 'Hämtar formuläret …' } }] });
      expect(s.h.fake.accepted('views.update')).toEqual([]);

      s.gated.open();
      await eventually(() => s.h.fake.accepted('views.update').length === 1);
      const update = s.h.fake.accepted('views.update')[0]?.args as { view_id: string; view: { callback_id: string } };
      expect(update.view.callback_id).toBe('lnb_form');
      expect(update.view_id).toMatch(/^V/);
    });

    it('/lnb answer opens the loading modal before looking up the channel, then shows the form', async () => {
      s.gated.close();
      const mark = s.gated.events.length;
      expect((await s.h.post(commandBody({ command: '/lnb', text: 'answer', user: 'U0PART', channel: 'C0ESK', responseUrl: s.h.fake.responseUrl('lnb-answer') }))).status).toBe(200);
      await eventually(() => s.h.fake.accepted('views.open').length === 1);
      expect(s.gated.answeredSince(mark)).toBe(false);
      s.gated.open();
      await eventually(() => s.h.fake.accepted('views.update').length === 1);
      expect(s.h.fake.accepted('views.update')[0]?.args.view).toMatchObject({ callback_id: 'lnb_form' });
    });
});
