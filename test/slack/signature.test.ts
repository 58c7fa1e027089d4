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
    const res = await h.command(help());
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/lnb svara') });
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

  it.each([
    ['six minutes', 6 * 60],
    ['a day', 24 * 3600],
    ['a year', 365 * 24 * 3600],
  ])('refuses a time stamp %s in the future with 401 even when the signature matches it', async (_, ahead) => {
    const body = help();
    const future = Math.floor(Date.now() / 1000) + ahead;
    const res = await h.post(body, { 'x-slack-request-timestamp': String(future), 'x-slack-signature': sign(body, future) });
    expect(res.status).toBe(401);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('accepts a time stamp a little ahead of the clock (within five minutes)', async () => {
    const body = help();
    const ahead = Math.floor(Date.now() / 1000) + 4 * 60;
    const res = await h.post(body, { 'x-slack-request-timestamp': String(ahead), 'x-slack-signature': sign(body, ahead) });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a JSON body null', 'null', 'application/json'],
    ['a JSON body that is an array', '[]', 'application/json'],
    ['payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['payload=7', 'payload=7', 'application/x-www-form-urlencoded'],
  ])('answers a signed request with %s with 400, and goes on serving', async (_, body, type) => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const res = await h.post(body, { 'content-type': type });
      expect(res.status).toBe(400);
      // Anything Bolt had thrown outside a handler would surface by the next turns of the loop; a full command round trip is more than those.
      const next = await h.command(help());
      expect(next.status).toBe(200);
      expect(next.json()).toMatchObject({ text: expect.stringContaining('/lnb svara') });
      await new Promise((r) => setImmediate(r));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('lets Slack\'s unsigned SSL check through, and nothing smuggled beside it', async () => {
    const res = await h.post(`ssl_check=1&payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U0COORD' } }))}`, {
      'x-slack-signature': '',
    });
    expect(res.status).toBe(200);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
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
