import { isTransient, isUnreachable, platformFailure, retryAfterMs } from '../../src/teams/platform-failure';

/** A Bot Connector error as botbuilder's REST client throws it. */
function restError(status: number, body: unknown, headers: Record<string, string> = {}) {
  const bag = new Map(Object.entries(headers));
  return Object.assign(new Error(`status ${status}`), {
    statusCode: status,
    response: { status, headers: { get: (name: string) => bag.get(name.toLowerCase()) }, bodyAsText: JSON.stringify(body) },
  });
}

describe('platformFailure', () => {
  it('reads the status, the connector’s code from the body and Retry-After through headers.get', () => {
    const f = platformFailure(restError(429, { error: { code: 'Throttled', message: 'slow down' } }, { 'retry-after': '3' }));
    expect(f).toEqual({ status: 429, code: 'Throttled', retryAfter: '3', message: 'status 429' });
  });

  it('reads headers kept as a plain object, a status on response only, and an error’s own code', () => {
    const plain = Object.assign(new Error('x'), { response: { status: 503, headers: { 'retry-after': 'Mon, 23 Nov 2026 10:00:30 GMT' } } });
    expect(platformFailure(plain)).toMatchObject({ status: 503, retryAfter: 'Mon, 23 Nov 2026 10:00:30 GMT' });
    expect(platformFailure(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toMatchObject({ status: undefined, code: 'ECONNRESET' });
  });

  it('survives what is no error at all, and a body that is no JSON', () => {
    expect(platformFailure(undefined)).toMatchObject({ status: undefined, code: undefined, retryAfter: undefined });
    expect(platformFailure('boom').status).toBeUndefined();
    const html = Object.assign(new Error('bad gateway'), { statusCode: 502, response: { status: 502, bodyAsText: '<html>502</html>' } });
    expect(platformFailure(html)).toMatchObject({ status: 502, code: undefined });
    expect(platformFailure({ statusCode: '429' }).status).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('reads seconds and HTTP dates, a date in the past as no wait', () => {
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 1.5 ', now)).toBe(1500);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('is nothing for nothing, or for what is neither', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('isTransient and isUnreachable', () => {
  const f = (status: number | undefined, code?: string) => ({ status, code, retryAfter: undefined, message: '' });
  it('tries again on throttling and passing gateway errors only', () => {
    for (const s of [412, 429, 502, 503, 504]) expect(isTransient(f(s))).toBe(true);
    for (const s of [400, 401, 403, 404, 413, 500]) expect(isTransient(f(s))).toBe(false);
    expect(isTransient(f(undefined))).toBe(false);
  });

  it('calls a removed bot, a deleted conversation or a disabled bot unreachable, and nothing else', () => {
    expect(isUnreachable(f(403))).toBe(true);
    expect(isUnreachable(f(404))).toBe(true);
    for (const code of ['BotNotInConversationRoster', 'ConversationNotFound', 'BotDisabledByAdmin']) expect(isUnreachable(f(400, code))).toBe(true);
    expect(isUnreachable(f(400, 'BadArgument'))).toBe(false);
    expect(isUnreachable(f(500))).toBe(false);
    expect(isUnreachable(f(429))).toBe(false);
  });
});
