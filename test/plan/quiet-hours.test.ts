import { outsideQuietHours } from '../../src/plan/quiet-hours';

describe('outsideQuietHours', () => {
  const night = { from: '21:00', to: '08:00' };

  it('leaves a time outside quiet hours, or when there are none', () => {
    expect(outsideQuietHours('2026-10-26T13:00', night)).toBe('2026-10-26T13:00');
    expect(outsideQuietHours('2026-10-26T08:00', night)).toBe('2026-10-26T08:00');
    expect(outsideQuietHours('2026-10-26T23:00', false)).toBe('2026-10-26T23:00');
    expect(outsideQuietHours('2026-10-26T23:00', { from: '10:00', to: '10:00' })).toBe('2026-10-26T23:00');
  });

  it('moves an evening time over night to the next morning, across the end of a month and a year', () => {
    expect(outsideQuietHours('2026-10-26T21:00', night)).toBe('2026-10-27T08:00');
    expect(outsideQuietHours('2026-10-31T23:59', night)).toBe('2026-11-01T08:00');
    expect(outsideQuietHours('2026-12-31T22:00', night)).toBe('2027-01-01T08:00');
  });

  it('moves an early-morning time to the end of the same night', () => {
    expect(outsideQuietHours('2026-10-27T03:15', night)).toBe('2026-10-27T08:00');
  });

  it('handles quiet hours within one day (a lunch break)', () => {
    const lunch = { from: '12:00', to: '13:00' };
    expect(outsideQuietHours('2026-10-26T12:30', lunch)).toBe('2026-10-26T13:00');
    expect(outsideQuietHours('2026-10-26T11:59', lunch)).toBe('2026-10-26T11:59');
    expect(outsideQuietHours('2026-10-26T13:00', lunch)).toBe('2026-10-26T13:00');
  });
});
