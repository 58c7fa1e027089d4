import { HttpServer, sendJson } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { checkSlackRequest, MAX_CLOCK_SKEW_S } from '../../src/slack/check-slack-request';
import { MAX_SLACK_BODY } from '../../src/slack/refuse-slack-request';
import { FakeClock } from '../helpers/fake-clock';
import { SIGNING_SECRET, sign, slackHarnessForEach } from './slack-harness';
import { commandBody } from './slack-payloads';

describe('checkSlackRequest on its own', () => {
  const NOW_S = Math.floor(new Date('2026-11-23T10:00:00Z').getTime() / 1000);
  const clock = new FakeClock(new Date(NOW_S * 1000));
  let http: HttpServer;
  beforeAll(async () => {
    http = new HttpServer(createLogger('silent'));
    http.route('POST', '/check', async (req, res) => {
      const checked = await checkSlackRequest(req, SIGNING_SECRET, clock);
      sendJson(res, 200, checked.ok ? { ok: true, rawBody: checked.rawBody.toString('utf8') } : checked);
    });
    await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.close();
  });

  const check = async (body: string, opts: { timestamp?: number | string; signature?: string; type?: string } = {}) => {
    const timestamp = opts.timestamp ?? NOW_S;
    const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp) };
    const signature = opts.signature ?? sign(body, Number(timestamp));
    if (signature !== '') headers['x-slack-signature'] = signature;
    const res = await fetch(`http://127.0.0.1:${http.port}/check`, { method: 'POST', headers, body });
    return res.json();
  };

  it('passes a signed form on, with the very bytes it read as the raw body', async () => {
    const body = 'command=%2Flnb&text=hej+%F0%9F%8C%B1+%3C%21channel%3E&user_id=U1';
    expect(await check(body)).toEqual({ ok: true, rawBody: body });
    const json = JSON.stringify({ type: 'event_callback', event: { text: 'åäö 👋' } });
    expect(await check(json, { type: 'application/json' })).toEqual({ ok: true, rawBody: json });
  });

  it('takes a time stamp up to five minutes off either way, and not a second more', async () => {
    expect(MAX_CLOCK_SKEW_S).toBe(300);
    for (const skew of [-300, 300]) expect(await check('a=1', { timestamp: NOW_S + skew })).toMatchObject({ ok: true });
    for (const skew of [-301, 301]) expect(await check('a=1', { timestamp: NOW_S + skew })).toEqual({ ok: false, status: 401, error: 'unauthorized' });
  });

  it.each([
    ['no time stamp', { timestamp: '' }],
    ['a time stamp that is not a whole number', { timestamp: `${NOW_S}.5` }],
    ['a time stamp in words', { timestamp: 'now' }],
    ['no signature', { signature: '' }],
    ['a signature by another secret', { signature: sign('a=1', NOW_S, 'another-secret') }],
    ['a signature over another body', { signature: sign('a=2', NOW_S) }],
    ['a signature of another version', { signature: sign('a=1', NOW_S).replace('v0=', 'v1=') }],
  ])('refuses %s with 401', async (_, opts) => {
    expect(await check('a=1', opts)).toEqual({ ok: false, status: 401, error: 'unauthorized' });
  });

  it.each([
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[1]', 'application/json'],
    ['JSON text', '"x"', 'application/json'],
    ['not JSON', '{', 'application/json'],
    ['a payload of null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['a payload that is not JSON', 'payload=%7B', 'application/x-www-form-urlencoded'],
    ['a payload that is an array', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
  ])('refuses a signed body of %s with 400', async (_, body, type) => {
    expect(await check(body, { type })).toEqual({ ok: false, status: 400, error: 'malformed body' });
  });

  it('passes Slack’s unsigned SSL check on as the check alone, dropping anything beside it', async () => {
    expect(await check('ssl_check=1&token=x&payload=%7B%22type%22%3A%22block_actions%22%7D', { signature: '', timestamp: '' })).toEqual({
      ok: true,
      rawBody: 'ssl_check=1',
    });
    // Only a form can be the SSL check.
    expect(await check('{"ssl_check":"1"}', { signature: '', timestamp: '', type: 'application/json' })).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a body over a megabyte with 413 as it reads it, whatever the headers said', async () => {
    const big = 'a='.concat('x'.repeat(MAX_SLACK_BODY));
    expect(await check(big)).toEqual({ ok: false, status: 413, error: 'body too large' });
  });
});

const h = slackHarnessForEach();

const help = () =>
  commandBody({ command: '/lnb', text: 'help', user: 'U0PART', channel: 'C0ESK', responseUrl: h.fake.responseUrl('r1') });

describe('Slack request verification at /slack/events (HTTP mode)', () => {
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
});
