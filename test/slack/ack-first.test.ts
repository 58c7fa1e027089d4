import { roundMessage } from '../../src/core/messages/round-message';
import { GatedStore } from '../helpers/gated-store';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { blockActionsBody, chosen, commandBody, consented, selectedRole, typed, viewSubmissionBody } from './slack-payloads';

/**
 * Slack wants every request answered within 3 seconds, whatever the store
 * does. The store here answers nothing until the test opens its gate, and
 * each test shows by the order of events (not by the clock) that Slack got
 * its acknowledgement, and the modal its trigger, before the store answered.
 */
let h: SlackHarness;
let gated: GatedStore;
beforeEach(async () => {
  h = await startSlackHarness({
    wrapStore: (store) => {
      gated = new GatedStore(store);
      return gated.store;
    },
  });
});
afterEach(async () => {
  gated.open();
  await h.close();
});

const lnb = (text: string, user: string, channel = 'C0ESK') =>
  commandBody({ command: '/lnb', text, user, channel, responseUrl: h.fake.responseUrl(`lnb-${text.split(' ')[0]}`) });
const responded = (id: string) => h.fake.responses.filter((r) => r.id === id).map((r) => r.body);

/** Posts a command with the store shut, checks the acknowledgement came first, then lets the store answer. */
async function ackedBeforeStore(body: string): Promise<void> {
  gated.close();
  const mark = gated.events.length;
  const res = await h.post(body);
  gated.events.push('ack');
  expect(res.status).toBe(200);
  expect(res.text).toBe('');
  // The store was asked something (or will be) and has answered nothing since the request came in.
  expect(gated.answeredSince(mark)).toBe(false);
  gated.open();
}

describe('acknowledged before the store answers', () => {
  it.each([
    ['status', 'U0COORD', /Eskilstuna \(eskilstuna\)/],
    ['mina-svar', 'U0PART', /./],
    ['link katrineholm', 'U0COORD', /kopplad till nätverket Katrineholm/],
    ['help', 'U0PART', /\/lnb svara/],
  ])('/lnb %s is acknowledged at once and answered through response_url', async (text, user, expected) => {
    await ackedBeforeStore(lnb(text, user));
    const id = `lnb-${text.split(' ')[0]}`;
    await eventually(() => responded(id).length === 1);
    expect(JSON.stringify(responded(id)[0])).toMatch(expected);
  });

  it('/lnb status waits for the store only after the acknowledgement', async () => {
    gated.close();
    const res = h.post(lnb('status', 'U0COORD'));
    await eventually(() => gated.held > 0);
    // The store is holding the status's read; Slack has its answer all the same.
    expect((await res).status).toBe(200);
    expect(gated.answeredSince(0)).toBe(false);
    gated.open();
    await eventually(() => responded('lnb-status').length === 1);
  });

  it('/summary is acknowledged at once, then says privately what will happen', async () => {
    await ackedBeforeStore(commandBody({ command: '/summary', text: '1', user: 'U0COORD', channel: 'C0ESK', responseUrl: h.fake.responseUrl('sum') }));
    await eventually(() => responded('sum').length === 1);
    expect(responded('sum')[0]).toMatchObject({ response_type: 'ephemeral', text: expect.any(String) });
  });

  it('the Svara button opens a loading modal before any store read, and fills it once the store answers', async () => {
    const program = h.t.ctx.program;
    const [round, network] = [program.rounds[0], program.networks[0]];
    if (!round || !network) throw new Error('test program changed');
    await h.adapter.port.post({ platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' }, roundMessage(program, round, network, 'post', 'sv'), 'k');
    const actions = h.fake.messages.at(-1)?.blocks.find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
    const answer = actions.elements[0];
    if (!answer) throw new Error('no button');

    gated.close();
    const mark = gated.events.length;
    const res = await h.post(blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: answer.action_id, value: answer.value, responseUrl: h.fake.responseUrl('b') }));
    expect(res.status).toBe(200);
    await eventually(() => h.fake.accepted('views.open').length === 1);
    expect(gated.answeredSince(mark)).toBe(false);
    expect(h.fake.accepted('views.open')[0]?.args.view).toMatchObject({ type: 'modal', blocks: [{ text: { text: 'Hämtar formuläret …' } }] });
    expect(h.fake.accepted('views.update')).toEqual([]);

    gated.open();
    await eventually(() => h.fake.accepted('views.update').length === 1);
    const update = h.fake.accepted('views.update')[0]?.args as { view_id: string; view: { callback_id: string } };
    expect(update.view.callback_id).toBe('lnb_form');
    expect(update.view_id).toMatch(/^V/);
  });

  it('/lnb answer opens the loading modal before looking up the channel, then shows the form', async () => {
    gated.close();
    const mark = gated.events.length;
    expect((await h.post(lnb('answer', 'U0PART'))).status).toBe(200);
    await eventually(() => h.fake.accepted('views.open').length === 1);
    expect(gated.answeredSince(mark)).toBe(false);
    gated.open();
    await eventually(() => h.fake.accepted('views.update').length === 1);
    expect(h.fake.accepted('views.update')[0]?.args.view).toMatchObject({ callback_id: 'lnb_form' });
  });

  it('a submission the store cannot save within the budget keeps the modal open saying the text is kept, and the save finishes', async () => {
    // The participant opened the form in Eskilstuna's channel, which made Eskilstuna theirs to answer for.
    await h.t.store.contacts.set({ platform: 'slack', userId: 'U0PART', networks: ['eskilstuna'], updatedAt: '2026-11-23T09:00:00Z' });
    gated.close();
    const view = {
      blocks: [{ type: 'input', block_id: 'q_behov' }],
      private_metadata: JSON.stringify({ ref: { kind: 'answer', program: 'slack-test', round: 1, network: 'eskilstuna' }, user: 'U0PART', channel: 'C0ESK' }),
      callback_id: 'lnb_form',
    };
    const values = { q_behov: typed('Avlösning på kvällarna.'), q_nojd: chosen('Delvis', 'o1'), lnb_role: selectedRole('anhorig'), lnb_consent: consented(true) };
    const res = await h.post(viewSubmissionBody({ user: 'U0PART', view, viewId: 'VSLOW', values }));
    gated.events.push('ack');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ response_action: 'errors', errors: { q_behov: expect.stringMatching(/Din text finns kvar/) } });
    expect(gated.events.filter((e) => e.startsWith('answer replies.'))).toEqual([]);
    expect(await h.t.store.replies.list({})).toEqual([]);

    gated.open();
    await eventually(() => h.fake.accepted('chat.postEphemeral').length === 1);
    expect((await h.t.store.replies.list({})).map((r) => r.text ?? r.option)).toEqual(['Avlösning på kvällarna.', 'Delvis']);
    expect(gated.events.indexOf('ack')).toBeLessThan(gated.events.indexOf('answer replies.saveMany'));
  });
});
