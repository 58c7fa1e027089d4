import { acknowledgedFirst } from '../../../../src/slack/listeners/middleware/drop-repeats';
import { eventually, type SlackHarness, startSlackHarness } from '../../slack-harness';
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

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

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
