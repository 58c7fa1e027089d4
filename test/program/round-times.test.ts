import { parseProgram } from '../../src/program/load-program';
import { nudgeTimes, resolveAfter, resolveBefore, roundTimesLocal } from '../../src/program/round-times';
import { MINIMAL_PROGRAM } from '../helpers/program-yaml';

describe('resolveBefore and resolveAfter', () => {
  it('take a written time as it is, or count calendar days from the meeting at a time of day', () => {
    expect(resolveBefore('2026-10-26T13:00', '2026-10-20T10:00')).toBe('2026-10-20T10:00');
    expect(resolveBefore('2026-10-26T13:00', { daysBefore: 7, at: '08:30' })).toBe('2026-10-19T08:30');
    expect(resolveAfter('2026-10-26T13:00', { daysAfter: 7, at: '09:00' })).toBe('2026-11-02T09:00');
  });
});

describe('nudgeTimes', () => {
  it('nudges halfway to the deadline and the day before it, at 09:00', () => {
    expect(nudgeTimes('2026-10-26T13:00', '2026-11-02T09:00')).toEqual(['2026-10-29T09:00', '2026-11-01T09:00']);
  });

  it('nudges once when the two days fall together, and not at all on the meeting day', () => {
    expect(nudgeTimes('2026-10-26T13:00', '2026-10-28T17:00')).toEqual(['2026-10-27T09:00']);
    expect(nudgeTimes('2026-10-26T13:00', '2026-10-27T17:00')).toEqual([]);
    expect(nudgeTimes('2026-10-26T13:00', '2026-10-26T17:00')).toEqual([]);
  });

  it('counts calendar days across the change of clocks (25 October)', () => {
    expect(nudgeTimes('2026-10-23T13:00', '2026-10-27T09:00')).toEqual(['2026-10-25T09:00', '2026-10-26T09:00']);
  });
});

describe('roundTimesLocal', () => {
  it("gives a round's moments from the program file's defaults", () => {
    const [round] = parseProgram(MINIMAL_PROGRAM, 'test.yaml').rounds;
    if (!round) throw new Error('no round');
    const times = roundTimesLocal(round);
    expect(times.meeting).toBe('2026-10-26T13:00');
    expect(times.deadline).toBe('2026-11-02T09:00'); // as the retention tests read it
    expect(times.nudges).toEqual(nudgeTimes(times.meeting, times.deadline));
    expect(times.post < times.meeting).toBe(true);
    for (const reminder of times.reminders) expect(reminder < times.meeting).toBe(true);
  });
});
