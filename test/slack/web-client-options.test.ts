import { LogLevel, webApi } from '@slack/bolt';
import { runDue } from '../../src/schedule/run-due';
import { isTimeout, webClientOptions } from '../../src/slack/web-client-options';
import { FakeSlackApi } from './fake-slack-api';
import { type SlackHarness, startSlackHarness } from './slack-harness';

describe('webClientOptions with the real Web API client', () => {
  let fake: FakeSlackApi;
  beforeEach(async () => {
    fake = new FakeSlackApi();
    await fake.start();
  });
  afterEach(async () => {
    await fake.close();
  });
  const client = (timeoutMs: number, maxRetryMs = 60_000) =>
    new webApi.WebClient(fake.token, { ...webClientOptions({ apiUrl: fake.url, timeoutMs, maxRetryMs }), logLevel: LogLevel.ERROR });
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('sends to the given address, with the given time limit', () => {
    const options = webClientOptions({ apiUrl: 'http://127.0.0.1:1/api/', timeoutMs: 1234, maxRetryMs: 5000 });
    expect(options.slackApiUrl).toBe('http://127.0.0.1:1/api/');
    expect(options.timeout).toBe(1234);
    expect(options.retryConfig?.maxRetryTime).toBe(5000);
    // Slack's own address when none is given.
    expect('slackApiUrl' in webClientOptions({ timeoutMs: 1, maxRetryMs: 1 })).toBe(false);
  });

  it('gives up on a call Slack does not answer in time, once, and says it was a time-out', async () => {
    const held = fake.hold('chat.postMessage', 1);
    const e = await failure(client(300).chat.postMessage({ channel: 'C1', text: 'x' }));
    expect(isTimeout(e)).toBe(true);
    expect(held.answered()).toBe(false);
    held.release();
    // Not repeated: Slack may have posted it.
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('retries a server error, which is not a time-out', async () => {
    fake.serverError('chat.postMessage', 1, 503);
    const posted = await client(5000).chat.postMessage({ channel: 'C1', text: 'x' });
    expect(posted.ok).toBe(true);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([503, 200]);
  });

  it('takes Slack’s own error answer and an unreachable server as no time-out', async () => {
    fake.failWith('chat.postMessage', 'not_in_channel');
    expect(isTimeout(await failure(client(5000).chat.postMessage({ channel: 'C1', text: 'x' })))).toBe(false);
    const gone = new FakeSlackApi();
    const url = await gone.start();
    await gone.close();
    const unreachable = new webApi.WebClient('xoxb-x', { slackApiUrl: `${url}api/`, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR, timeout: 5000 });
    expect(isTimeout(await failure(unreachable.chat.postMessage({ channel: 'C1', text: 'x' })))).toBe(false);
  });
});

describe('isTimeout', () => {
  const requestError = (original: unknown) => ({ code: webApi.ErrorCode.RequestError, original });

  it('knows fetch’s abort and time-out, kept as they are or wrapped as text', () => {
    expect(isTimeout(requestError({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' }))).toBe(true);
    expect(isTimeout(requestError({ name: 'AbortError', message: 'This operation was aborted' }))).toBe(true);
    expect(isTimeout(requestError({ name: 'Error', message: 'TimeoutError: The operation was aborted due to timeout' }))).toBe(true);
  });

  it.each([
    ['another request error', requestError({ name: 'TypeError', message: 'fetch failed' })],
    ['a time-out name under another code', { code: webApi.ErrorCode.PlatformError, original: { name: 'TimeoutError' } }],
    ['a request error without its original', { code: webApi.ErrorCode.RequestError }],
    ['a message that only mentions a time-out', requestError({ name: 'Error', message: 'not a TimeoutError' })],
    ['undefined', undefined],
    ['null', null],
    ['a string', 'TimeoutError'],
  ])('says no to %s', (_, error) => {
    expect(isTimeout(error)).toBe(false);
  });
});

const POST_KEY = 'slack-test/1/eskilstuna/post/0';

let h: SlackHarness;
beforeEach(async () => {
  // Short enough to keep the test quick, long enough that starting the app
  // (auth.test and the like) is not cut off on a loaded machine.
  h = await startSlackHarness({ env: { PLATFORM_TIMEOUT_MS: '1500' } });
});
afterEach(async () => {
  await h.close();
});

const postsTo = (channel: string) => h.fake.accepted('chat.postMessage').filter((c) => c.args.channel === channel);

describe('a Slack that does not answer in time', () => {
  it('stops waiting, does not post again blindly, and on the next try finds the post that went through', async () => {
    // Slack takes the message but does not answer until the test lets it.
    const held = h.fake.hold('chat.postMessage', 1);
    const first = await runDue(h.t.ctx);
    // The tick gave up on its own, with Slack's answer still outstanding:
    // not Node's five minutes, and not the client's ten retries.
    expect(held.answered()).toBe(false);
    expect(first.failed).toContain(POST_KEY);
    held.release();
    expect(postsTo('C0ESK')).toHaveLength(1);
    expect((await h.t.store.ledger.get({ program: 'slack-test', round: 1, network: 'eskilstuna', action: 'post', slot: 0 }))?.status).toBe('failed');

    // The retry comes after the back-off; it looks in the channel before posting.
    h.t.clock.advance(2 * 60_000);
    const second = await runDue(h.t.ctx);
    expect(second.sent).toContain(POST_KEY);
    expect(postsTo('C0ESK')).toHaveLength(1);
    const entry = await h.t.store.ledger.get({ program: 'slack-test', round: 1, network: 'eskilstuna', action: 'post', slot: 0 });
    expect(entry).toMatchObject({ status: 'sent', receipt: h.fake.messages.find((m) => m.channel === 'C0ESK')?.ts });
  });

  it('still waits out a rate limit, which means Slack did nothing, and posts once', async () => {
    h.fake.rateLimit('chat.postMessage', 1, 1);
    const report = await runDue(h.t.ctx);
    expect(report.sent).toContain(POST_KEY);
    expect(postsTo('C0ESK')).toHaveLength(1);
  });
});
