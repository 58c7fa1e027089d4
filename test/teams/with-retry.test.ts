import { withRetry } from '../../src/teams/with-retry';
import { FakeClock } from '../helpers/fake-clock';

/** A Bot Connector error as botbuilder throws it: status and headers on `response`. */
function throttled(retryAfter: string): Error {
  return Object.assign(new Error('Too many requests'), {
    statusCode: 429,
    response: { status: 429, headers: { 'retry-after': retryAfter } },
  });
}

describe('withRetry', () => {
  const options = { attempts: 3, baseDelayMs: 10, maxDelayMs: 60_000, random: () => 0 };

  it('waits as long as a Retry-After date asks, measured from the bot clock', async () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw throttled('Mon, 23 Nov 2026 10:00:30 GMT');
        return 'sent';
      },
      clock,
      { ...options, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('sent');
    expect(waits).toEqual([30_000]);
  });

  it('waits Retry-After seconds, and gives up after the last attempt', async () => {
    const waits: number[] = [];
    const attempt = withRetry(
      async () => {
        throw throttled('2');
      },
      new FakeClock('2026-11-23T10:00:00Z'),
      { ...options, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(attempt).rejects.toThrow('Too many requests');
    expect(waits).toEqual([2_000, 2_000]);
  });
});
