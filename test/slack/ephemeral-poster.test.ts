import { LogLevel, webApi } from '@slack/bolt';
import { EphemeralPoster, EphemeralRefusedError, EphemeralTimeoutError } from '../../src/slack/ephemeral-poster';
import { FakeSlackApi } from './fake-slack-api';

let fake: FakeSlackApi;
const posters: EphemeralPoster[] = [];
beforeEach(async () => {
  fake = new FakeSlackApi();
  await fake.start();
});
afterEach(async () => {
  for (const p of posters.splice(0)) p.close();
  await fake.close();
});

const args = { channel: 'C0ESK', user: 'U0PART', text: 'Tack! 🌱 &lt;sparat&gt; & mer' };

/** A poster over the fake, with the Web API client it falls back on (one retry of its own) and the waits it made. */
function poster(opts: { token?: string; timeoutMs?: number } = {}) {
  const client = new webApi.WebClient(fake.token, { slackApiUrl: fake.url, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 }, logLevel: LogLevel.ERROR });
  const waited: number[] = [];
  const p = new EphemeralPoster(client, opts.token ?? fake.token, { apiUrl: fake.url, timeoutMs: opts.timeoutMs ?? 10_000 }, async (ms) => {
    waited.push(ms);
  });
  posters.push(p);
  return { p, waited };
}

const statuses = () => fake.calls.filter((c) => c.method === 'chat.postEphemeral').map((c) => c.status);

describe('EphemeralPoster', () => {
  it('posts the message with the bot token, the text as given, over one kept connection', async () => {
    const { p } = poster();
    await p.post(args);
    await p.post({ ...args, user: 'U0OTHER' });
    expect(fake.accepted('chat.postEphemeral').map((c) => c.args)).toEqual([args, { ...args, user: 'U0OTHER' }]);
  });

  it('throws Slack’s refusal, and does not ask again', async () => {
    fake.failWith('chat.postEphemeral', 'not_in_channel');
    const { p } = poster();
    await expect(p.post(args)).rejects.toEqual(new EphemeralRefusedError('not_in_channel'));
    expect(statuses()).toEqual([200]);
  });

  it('sends the token: a wrong one is refused by Slack', async () => {
    const { p } = poster({ token: 'xoxb-wrong' });
    await expect(p.post(args)).rejects.toEqual(new EphemeralRefusedError('invalid_auth'));
  });

  it('when rate limited, waits as long as Slack says and then asks through the Web API client', async () => {
    fake.rateLimit('chat.postEphemeral', 1, 7);
    const { p, waited } = poster();
    await p.post(args);
    expect(waited).toEqual([7000]);
    expect(statuses()).toEqual([429, 200]);
    expect(fake.accepted('chat.postEphemeral').map((c) => c.args)).toEqual([args]);
  });

  it('after a server error, leaves it to the Web API client and its retries', async () => {
    fake.serverError('chat.postEphemeral', 2, 503);
    const { p, waited } = poster();
    await p.post(args);
    expect(waited).toEqual([]);
    expect(statuses()).toEqual([503, 503, 200]);
  });

  it('gives up after its time limit with a timeout, without asking again: the message may be there', async () => {
    const held = fake.hold('chat.postEphemeral', 1);
    const { p } = poster({ timeoutMs: 200 });
    await expect(p.post(args)).rejects.toBeInstanceOf(EphemeralTimeoutError);
    held.release();
    expect(statuses()).toEqual([200]);
  });
});
