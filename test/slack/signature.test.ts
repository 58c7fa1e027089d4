import { eventually, type SlackHarness, sign, startSlackHarness } from './slack-harness';
import { commandBody } from './slack-payloads';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  await h.close();
});

const help = () =>
  commandBody({ command: '/lnb', text: 'help', user: 'U0PART', channel: 'C0ESK', responseUrl: h.fake.responseUrl('r1') });

describe('Slack request verification (HTTP mode)', () => {
  it('answers a correctly signed command', async () => {
    const res = await h.post(help());
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/lnb answer') });
  });

  it('refuses a forged signature with 401 and runs nothing', async () => {
    const body = help();
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await h.post(body, { 'x-slack-signature': sign(body, timestamp, 'not-the-secret') });
    expect(res.status).toBe(401);
    // The signature covers the body: a valid signature for another body is refused too.
    const other = await h.post(body, { 'x-slack-signature': sign(`${body}&x=1`, timestamp) });
    expect(other.status).toBe(401);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a stale timestamp (over 5 minutes) with 401 even when the signature matches it', async () => {
    const body = help();
    const stale = Math.floor(Date.now() / 1000) - 5 * 60 - 10;
    const res = await h.post(body, { 'x-slack-request-timestamp': String(stale), 'x-slack-signature': sign(body, stale) });
    expect(res.status).toBe(401);
  });

  it('refuses a request without signature headers', async () => {
    const body = help();
    const timestamp = Math.floor(Date.now() / 1000);
    const unsigned = await h.post(body, { 'x-slack-signature': '', 'x-slack-request-timestamp': String(timestamp) });
    expect(unsigned.status).toBe(401);
  });

  it('checks the token once at start (auth.test) and not per request', async () => {
    await h.post(help());
    await h.post(help());
    await eventually(() => h.fake.calls.filter((c) => c.method === 'users.info').length >= 1);
    expect(h.fake.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
  });
});
