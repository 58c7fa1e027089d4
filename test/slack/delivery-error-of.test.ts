import { LogLevel, webApi } from '@slack/bolt';
import { DeliveryError } from '../../src/errors';
import { deliveryErrorOf } from '../../src/slack/delivery-error-of';
import { FakeSlackApi } from './fake-slack-api';

let fake: FakeSlackApi;
let client: webApi.WebClient;
beforeAll(async () => {
  fake = new FakeSlackApi();
  await fake.start();
  client = new webApi.WebClient(fake.token, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
});
afterAll(async () => {
  await fake.close();
});

/** What the real Web API client throws when Slack answers `{ok: false, error}`. */
async function thrownFor(error: string): Promise<unknown> {
  fake.failWith('chat.postMessage', error, (args) => args.channel === error, 1);
  return client.chat.postMessage({ channel: error, text: 'x' }).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('deliveryErrorOf', () => {
  it.each([
    'not_in_channel',
    'channel_not_found',
    'is_archived',
    'team_access_not_granted',
    'user_not_found',
    'user_disabled',
    'cannot_dm_bot',
    'restricted_action',
  ])('takes Slack’s %s as unreachable: no retry cures it until someone acts', async (code) => {
    const e = deliveryErrorOf(await thrownFor(code));
    expect(e).toBeInstanceOf(DeliveryError);
    expect(e.reason).toBe('unreachable');
    expect(e.platformError).toBe(code);
  });

  it.each(['msg_too_long', 'invalid_blocks', 'internal_error', 'fatal_error', 'ratelimited'])('takes Slack’s %s as failed, keeping the code', async (code) => {
    const e = deliveryErrorOf(await thrownFor(code));
    expect(e.reason).toBe('failed');
    expect(e.platformError).toBe(code);
  });

  it('takes an unanswered call (the client’s request error) as failed with the client’s code', async () => {
    const closed = new FakeSlackApi();
    const url = await closed.start();
    await closed.close();
    const unreachable = new webApi.WebClient('xoxb-x', { slackApiUrl: `${url}api/`, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    const thrown = await unreachable.chat.postMessage({ channel: 'C1', text: 'x' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const e = deliveryErrorOf(thrown);
    expect(e.reason).toBe('failed');
    expect(e.platformError).toBe(webApi.ErrorCode.RequestError);
  });

  it('keeps a DeliveryError as it is', () => {
    const given = new DeliveryError('unreachable', 'not_in_channel');
    expect(deliveryErrorOf(given)).toBe(given);
  });

  it.each([
    ['a plain Error', new Error('socket hang up'), 'socket hang up'],
    ['a string', 'boom', 'boom'],
    ['a platform error without its data', { code: 'slack_webapi_platform_error' }, 'slack_webapi_platform_error'],
  ])('takes %s as failed', (_, thrown, platformError) => {
    const e = deliveryErrorOf(thrown);
    expect(e.reason).toBe('failed');
    expect(e.platformError).toBe(platformError);
  });

  it('gives something for null and undefined too', () => {
    expect(deliveryErrorOf(null).reason).toBe('failed');
    expect(deliveryErrorOf(undefined).reason).toBe('failed');
  });
});
