import { systemClock } from '../src/clock';

describe('systemClock', () => {
  it('tells the time of the machine, a new Date at every call', () => {
    const before = Date.now();
    const a = systemClock.now();
    const b = systemClock.now();
    const after = Date.now();
    expect(a).toBeInstanceOf(Date);
    expect(a.getTime()).toBeGreaterThanOrEqual(before);
    expect(b.getTime()).toBeLessThanOrEqual(after);
    expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
    // Callers may change what they get without moving the clock.
    a.setFullYear(1999);
    expect(systemClock.now().getFullYear()).toBeGreaterThan(1999);
  });
});
