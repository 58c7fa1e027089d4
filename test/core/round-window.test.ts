import { roundWindow } from '../../src/core/round-window';
import { parseProgram } from '../../src/program/load-program';
import { MINIMAL_PROGRAM } from '../helpers/program-yaml';

describe('roundWindow', () => {
  it("works a round's moments out once, and again for another zone", () => {
    const program = parseProgram(MINIMAL_PROGRAM, 'p.yaml');
    const round = program.rounds[0];
    if (!round) throw new Error('no round');
    const first = roundWindow(program, round);
    expect(first.meeting.toISOString()).toBe('2026-10-26T12:00:00.000Z');
    expect(roundWindow(program, round)).toBe(first);
    // The same round read in another zone is another moment.
    const elsewhere = { ...program, program: { ...program.program, timezone: 'America/New_York' } };
    expect(roundWindow(elsewhere, round).meeting.toISOString()).toBe('2026-10-26T17:00:00.000Z');
    expect(roundWindow(program, round).meeting.toISOString()).toBe('2026-10-26T12:00:00.000Z');
  });
});
