import { FIRST_CONNECT_TRIES, redisReconnect } from '../../src/store/redis-reconnect';

describe('the reconnect strategy', () => {
  it('retries a bounded number of times before the first connection, and keeps retrying after it', () => {
    let connected = false;
    const strategy = redisReconnect(() => connected, 'leases');
    const refused = new Error('connect ECONNREFUSED');
    const before = Array.from({ length: FIRST_CONNECT_TRIES }, (_, i) => strategy(i, refused));
    expect(before.slice(0, -1).every((d) => typeof d === 'number')).toBe(true);
    expect(before.at(-1)).toBeInstanceOf(Error);
    connected = true;
    expect(strategy(1_000, refused)).toBe(2_000);
  });

  it('waits a little longer each time before the first connection', () => {
    const strategy = redisReconnect(() => false, 'replies');
    const delays = Array.from({ length: FIRST_CONNECT_TRIES - 1 }, (_, i) => strategy(i, undefined));
    expect(delays.every((d) => typeof d === 'number' && d > 0)).toBe(true);
    expect([...delays].sort((a, b) => Number(a) - Number(b))).toEqual(delays);
  });

  it('gives up with an error that names the table, the tries, the cause and what to check', () => {
    const cause = new Error('getaddrinfo ENOTFOUND redis.internal');
    const failure = redisReconnect(() => false, 'ledger')(FIRST_CONNECT_TRIES - 1, cause);
    if (!(failure instanceof Error)) throw new Error(`expected an error, got ${failure}`);
    expect(failure.message).toMatch(/^ledger: /);
    expect(failure.message).toContain(`after ${FIRST_CONNECT_TRIES} tries`);
    expect(failure.message).toContain('ENOTFOUND redis.internal');
    expect(failure.message).toContain('STORE_URL');
    expect(failure.cause).toBe(cause);
    // Without a cause (or one with no message) it still says why.
    const silent = redisReconnect(() => false, 'ledger')(FIRST_CONNECT_TRIES + 5, undefined);
    expect(silent instanceof Error && silent.message).toContain('no answer');
  });

  it('once connected, backs off up to two seconds and never gives up', () => {
    const strategy = redisReconnect(() => true, 'files');
    const delays = [0, 1, 5, 9, 100, 100_000].map((n) => strategy(n, new Error('ECONNRESET')));
    expect(delays.every((d) => typeof d === 'number' && d >= 100 && d <= 2_000)).toBe(true);
    expect(delays.at(-1)).toBe(2_000);
  });
});
