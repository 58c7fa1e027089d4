import { RecentKeys } from '../../src/platform/recent-keys';
import { FakeClock } from '../helpers/fake-clock';

describe('RecentKeys', () => {
  it('drops a repeat within the window by the given clock, and takes it again after', () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const keys = new RecentKeys(2_000, clock);
    expect(keys.claim('a')).toBe(true);
    clock.advance(1_999);
    expect(keys.claim('a')).toBe(false);
    clock.advance(1);
    expect(keys.claim('a')).toBe(true);
  });

  it('takes a released key again at once', () => {
    const keys = new RecentKeys(2_000, new FakeClock('2026-11-23T10:00:00Z'));
    expect(keys.claim('a')).toBe(true);
    keys.release('a');
    expect(keys.claim('a')).toBe(true);
  });

  it('keeps at most `max` keys, forgetting the oldest first', () => {
    const keys = new RecentKeys(60_000, new FakeClock('2026-11-23T10:00:00Z'), 2);
    for (const key of ['a', 'b', 'c']) expect(keys.claim(key)).toBe(true);
    // The fourth claim prunes down to `max`: 'a' went, 'c' is still remembered.
    expect(keys.claim('c')).toBe(false);
    expect(keys.claim('a')).toBe(true);
  });
});
