import { slackApiUrl } from '../../src/slack/slack-api-url';

describe('slackApiUrl', () => {
  it('ends the address in one slash, since method names are appended', () => {
    expect(slackApiUrl('http://127.0.0.1:9999/api')).toBe('http://127.0.0.1:9999/api/');
    expect(slackApiUrl('http://127.0.0.1:9999/api/')).toBe('http://127.0.0.1:9999/api/');
    expect(new URL('chat.postMessage', slackApiUrl('http://fake/api')).href).toBe('http://fake/api/chat.postMessage');
  });

  it('gives undefined when none is set, so the client uses Slack’s own', () => {
    expect(slackApiUrl(undefined)).toBeUndefined();
    expect(slackApiUrl('')).toBeUndefined();
  });
});
