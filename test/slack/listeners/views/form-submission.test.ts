import { formFlow } from '../../form-flow';
import { clickAnswerButton, eventually, gatedSlackHarnessForEach, slackHarnessForEach } from '../../slack-harness';
import { chosen, consented, selectedRole, typed, viewSubmissionBody } from '../../slack-payloads';

describe("through Slack's HTTP path", () => {
  const h = slackHarnessForEach();

  const { openAnswerForm, openMinutes, submit } = formFlow(() => h);

  describe('a submitted answer modal', () => {
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
  });

  describe('the minutes modal', () => {
    /** Minutes of a long meeting: 8 paragraphs, 7,500 characters, more than two of Slack's boxes hold. */
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Stycke ${i + 1}: ${'gruppen talade om avlösning och om stöd som passar var och en '.repeat(15).trim()}.`);
    const long = paragraphs.join('\n\n');

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

  describe('a submitted modal and the one rule for which network', () => {
    const katrineholm = { program: 'slack-test', round: 1, network: 'katrineholm' };

    const click = (value: Record<string, unknown>, user: string, channel: string) => clickAnswerButton(h, value, user, channel);

    it('a submitted modal naming a network that is not theirs saves nothing', async () => {
      // A view as if the bot had opened Katrineholm's form for them (Slack would never send one; a forged payload might).
      const opened = JSON.parse(await click({ ...katrineholm, network: 'eskilstuna' }, 'U0PART', 'C0ESK')) as { blocks: unknown[]; private_metadata: string; callback_id: string };
      const meta = JSON.parse(opened.private_metadata) as { ref: { network: string } };
      meta.ref.network = 'katrineholm';
      const res = await h.post(
        viewSubmissionBody({ user: 'U0PART', viewId: 'V0FORGED', view: { ...opened, private_metadata: JSON.stringify(meta) }, values: { behov: typed('Inte mitt nätverk'), lnb_role: selectedRole('anhorig') } }),
      );
      // Opened in Eskilstuna's channel (as the view says): only Eskilstuna's answers are taken from it.
      expect(JSON.stringify(res.json())).toMatch(/Här i kanalen svarar du för Eskilstuna/);
      expect(await h.t.store.replies.list({ program: 'slack-test' })).toEqual([]);
    });
  });
});

/** Slack gives a submission 3 seconds; the store here answers only when the test opens its gate. */
describe('a submission the store is slow to save', () => {
  const s = gatedSlackHarnessForEach();
  // The participant opened the form in Eskilstuna's channel, which made Eskilstuna theirs to answer for.
  const answersForEskilstuna = () =>
    s.h.t.store.contacts.set({ platform: 'slack', userId: 'U0PART', networks: ['eskilstuna'], updatedAt: '2026-11-23T09:00:00Z' });
  const view = {
    blocks: [{ type: 'input', block_id: 'q_behov' }],
    private_metadata: JSON.stringify({ ref: { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' }, user: 'U0PART', channel: 'C0ESK' }),
    callback_id: 'lnb_form',
  };

  it('a submission the store cannot save within the budget keeps the modal open saying the text is kept, and the save finishes', async () => {
    await answersForEskilstuna();
    s.gated.close();
    const values = { q_behov: typed('Avlösning på kvällarna.'), q_nojd: chosen('Delvis', 'o1'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(true) };
    const res = await s.h.post(viewSubmissionBody({ user: 'U0PART', view, viewId: 'VSLOW', values }));
    s.gated.events.push('ack');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/Din text finns kvar/) } });
    expect(s.gated.events.filter((e) => e.startsWith('answer replies.'))).toEqual([]);
    expect(await s.h.t.store.replies.list({})).toEqual([]);

    s.gated.open();
    await eventually(() => s.h.fake.accepted('chat.postEphemeral').length === 1);
    expect((await s.h.t.store.replies.list({})).map((r) => r.text ?? r.option)).toEqual(['Avlösning på kvällarna.', 'Delvis']);
    expect(s.gated.events.indexOf('ack')).toBeLessThan(s.gated.events.indexOf('answer replies.saveMany'));
  });

  it('reads the contact beside the channel\'s network, and writes the role beside the replies, not after them', async () => {
    await answersForEskilstuna();
    s.gated.close();
    const values = { q_behov: typed('Avlösning på kvällarna.'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(true) };
    const sent = s.h.post(viewSubmissionBody({ user: 'U0PART', view, viewId: 'VBOTH', values }));
    // Both reads wait at the gate together: the contact's was asked for before the channel's network answered.
    await eventually(() => s.gated.held === 2);
    expect([...s.gated.events].sort()).toEqual(['call contacts.get', 'call links.ofChannel']);
    s.gated.open();
    const res = await sent;
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await s.h.t.store.contacts.get('slack', 'U0PART')).toMatchObject({ networks: ['eskilstuna'], role: 'anhorig' });
    expect(s.gated.events.indexOf('call contacts.set')).toBeGreaterThan(-1);
    expect(s.gated.events.indexOf('call contacts.set')).toBeLessThan(s.gated.events.indexOf('answer replies.saveMany'));
  });
});
