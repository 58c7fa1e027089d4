import { formatDate, formatDay, formatWhen } from '../../src/core/format-when';

// Thursday 3 December 2026, 12:00 UTC: 13:00 in Stockholm (winter time), 07:00 in New York.
const at = new Date('2026-12-03T12:00:00Z');

describe('formatWhen', () => {
  it('says the day and time in Swedish with a point in the time, in the given zone', () => {
    expect(formatWhen(at, 'Europe/Stockholm', 'sv')).toBe('torsdag 3 december kl. 13.00');
  });

  it('says it in English with a colon, and moves with the zone', () => {
    expect(formatWhen(at, 'Europe/Stockholm', 'en')).toBe('Thursday 3 December at 13:00');
    expect(formatWhen(at, 'America/New_York', 'en')).toBe('Thursday 3 December at 07:00');
  });

  it('follows summer time: 12:00 UTC in June is 14.00 in Stockholm', () => {
    expect(formatWhen(new Date('2026-06-04T12:00:00Z'), 'Europe/Stockholm', 'sv')).toBe('torsdag 4 juni kl. 14.00');
  });
});

describe('formatDay and formatDate', () => {
  it('gives only the day, and the date with its year', () => {
    expect(formatDay(at, 'Europe/Stockholm', 'sv')).toBe('torsdag 3 december');
    expect(formatDate(at, 'Europe/Stockholm', 'en')).toBe('3 December 2026');
  });

  it('takes the date in the zone, not in UTC: 23:30 UTC is already the next day in Stockholm', () => {
    expect(formatDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Stockholm', 'sv')).toBe('23 november 2026');
  });
});
