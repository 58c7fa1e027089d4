import { acknowledgedFirst } from '../../../../src/slack/listeners/middleware/drop-repeats';
import { eventually, gatedSlackHarnessForEach, slackHarnessForEach } from '../../slack-harness';
import { blockActionsBody, commandBody, newTriggerId } from '../../slack-payloads';

describe('acknowledgedFirst', () => {
  it('takes slash commands and button clicks, as Slack sends them', () => {
    expect(acknowledgedFirst({ command: '/lnb' })).toBe(true);
    expect(acknowledgedFirst({ command: '' })).toBe(true);
    expect(acknowledgedFirst({ type: 'block_actions' })).toBe(true);
  });

  it('leaves modal submissions, events and anything else to their listeners', () => {
    expect(acknowledgedFirst({ type: 'view_submission' })).toBe(false);
    expect(acknowledgedFirst({ type: 'view_closed' })).toBe(false);
    expect(acknowledgedFirst({ type: 'event_callback' })).toBe(false);
    expect(acknowledgedFirst({})).toBe(false);
    expect(acknowledgedFirst({ command: ['/lnb'] })).toBe(false);
    expect(acknowledgedFirst({ type: 'BLOCK_ACTIONS' })).toBe(false);
  });
});

describe("through Slack's HTTP path", () => {
  const h = slackHarnessForEach();

  const lnb = (text: string, user: string, channel = 'C0KAT', triggerId?: string) =>
    commandBody({ command: '/lnb', text, user, channel, responseUrl: h.fake.responseUrl('cmd'), triggerId });

  describe('retried deliveries', () => {
    it('a command Slack delivers again (X-Slack-Retry-Num) makes no second reply or link', async () => {
      const triggerId = newTriggerId();
      const body = lnb('link katrineholm', 'U0COORD', 'C0KAT', triggerId);
      const first = await h.command(body);
      expect(first.json()).toMatchObject({ text: expect.stringMatching(/Klart/) });
      const linkedAt = (await h.t.store.links.get('slack-test', 'katrineholm'))?.linkedAt;
      h.t.clock.advance(60_000);
      const retry = await h.post(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
      expect(retry.status).toBe(200);
      expect(retry.text).toBe('');
      expect((await h.t.store.links.get('slack-test', 'katrineholm'))?.linkedAt).toBe(linkedAt);
    });

    it('a click Slack delivers again is acknowledged and dropped: one modal', async () => {
      const triggerId = newTriggerId();
      const value = JSON.stringify({ program: 'slack-test', round: 1, network: 'eskilstuna' });
      const body = blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: 'lnb_answer', value, responseUrl: h.fake.responseUrl('b'), triggerId });
      const first = await h.post(body);
      await eventually(() => h.fake.calls.some((c) => c.method === 'views.open'));
      // Past the double-click guard, so only the trigger id can tell the retry apart.
      h.t.clock.advance(5_000);
      const retry = await h.post(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
      expect([first.status, first.text, retry.status, retry.text]).toEqual([200, '', 200, '']);
      await h.adapter.stop(); // Stopping waits for every request taken and all it started.
      expect(h.fake.calls.filter((c) => c.method === 'views.open')).toHaveLength(1);
    });

    it('a different click (a new trigger) is handled', async () => {
      const value = JSON.stringify({ program: 'slack-test', round: 1, network: 'eskilstuna' });
      const click = () => blockActionsBody({ user: 'U0PART', channel: 'C0ESK', actionId: 'lnb_answer', value, responseUrl: h.fake.responseUrl('b') });
      await h.post(click());
      await eventually(() => h.fake.calls.some((c) => c.method === 'views.open'));
      h.t.clock.advance(5_000); // past the double-click guard
      await h.post(click());
      await h.adapter.stop();
      expect(h.fake.calls.filter((c) => c.method === 'views.open')).toHaveLength(2);
    });
  });
});

/**
 * Slack wants every request answered within 3 seconds, whatever the store
 * does. The store here answers nothing until the test opens its gate, and
 * each test shows by the order of events (not by the clock) that Slack got
 * its acknowledgement, and the modal its trigger, before the store answered.
 */
describe('acknowledged before the store answers', () => {
  const s = gatedSlackHarnessForEach();

  const ackLnb = (text: string, user: string, channel = 'C0ESK') =>
    commandBody({ command: '/lnb', text, user, channel, responseUrl: s.h.fake.responseUrl(`lnb-${text.split(' ')[0]}`) });
  const responded = (id: string) => s.h.fake.responses.filter((r) => r.id === id).map((r) => r.body);

  /** Posts a command with the store shut, checks the acknowledgement came first, then lets the store answer. */
  async function ackedBeforeStore(body: string): Promise<void> {
    s.gated.close();
    const mark = s.gated.events.length;
    const res = await s.h.post(body);
    s.gated.events.push('ack');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    // The store was asked something (or will be) and has answered nothing since the request came in.
    expect(s.gated.answeredSince(mark)).toBe(false);
    s.gated.open();
  }

    it.each([
      ['status', 'U0COORD', /Eskilstuna \(eskilstuna\)/],
      ['mina-svar', 'U0PART', /./],
      ['link katrineholm', 'U0COORD', /kopplad till nätverket Katrineholm/],
      ['help', 'U0PART', /\/lnb svara/],
    ])('/lnb %s is acknowledged at once and answered through response_url', async (text, user, expected) => {
      await ackedBeforeStore(ackLnb(text, user));
      const id = `lnb-${text.split(' ')[0]}`;
      await eventually(() => responded(id).length === 1);
      expect(JSON.stringify(responded(id)[0])).toMatch(expected);
    });

    it('/lnb status waits for the store only after the acknowledgement', async () => {
      s.gated.close();
      const res = s.h.post(ackLnb('status', 'U0COORD'));
      await eventually(() => s.gated.held > 0);
      // The store is holding the status's read; Slack has its answer all the same.
      expect((await res).status).toBe(200);
      expect(s.gated.answeredSince(0)).toBe(false);
      s.gated.open();
      await eventually(() => responded('lnb-status').length === 1);
    });

    it('/summary is acknowledged at once, then says privately what will happen', async () => {
      await ackedBeforeStore(commandBody({ command: '/summary', text: '1', user: 'U0COORD', channel: 'C0ESK', responseUrl: s.h.fake.responseUrl('sum') }));
      await eventually(() => responded('sum').length === 1);
      expect(responded('sum')[0]).toMatchObject({ response_type: 'ephemeral', text: expect.any(String) });
    });
});
