import { retentionEnd } from '../../src/program/retention';
import { MINIMAL_PROGRAM, minimalProgramWith, problemsOf } from '../helpers/program-yaml';

describe('when retention ends', () => {
  it('defaults to 12 months after the last deadline, on the wall clock of the program’s zone', () => {
    const end = retentionEnd(minimalProgramWith(''));
    expect(end).toEqual({ local: '2027-11-02T09:00', at: new Date('2027-11-02T08:00:00Z'), months: 12 });
  });

  it('keeps 09:00 local across a daylight-saving change (winter deadline, summer end)', () => {
    const end = retentionEnd(minimalProgramWith('\n  retention: { months: 6 }'));
    expect(end.local).toBe('2027-05-02T09:00');
    expect(end.at.toISOString()).toBe('2027-05-02T07:00:00.000Z');
  });

  it('counts in the program’s own zone, north and south', () => {
    expect(retentionEnd(minimalProgramWith('', 'America/New_York')).at.toISOString()).toBe('2027-11-02T13:00:00.000Z');
    // Sydney: daylight time in November, standard time in May.
    expect(retentionEnd(minimalProgramWith('\n  retention: { months: 5 }', 'Australia/Sydney')).at.toISOString()).toBe('2027-04-01T22:00:00.000Z');
    expect(retentionEnd(minimalProgramWith('\n  retention: { months: 6 }', 'Australia/Sydney')).at.toISOString()).toBe('2027-05-01T23:00:00.000Z');
  });

  it('takes the latest deadline, not the last round in the file', () => {
    const program = minimalProgramWith('\n  retention: { months: 0 }');
    program.rounds.unshift({ ...(program.rounds[0] as (typeof program.rounds)[number]), number: 2, meeting: '2027-01-20T13:00' });
    expect(retentionEnd(program).local).toBe('2027-01-27T09:00');
  });

  it('refuses a retention that is not a whole number of months, naming the field', () => {
    const yaml = (value: string) => MINIMAL_PROGRAM.replace('  coordinators: [U0COORD]', `  coordinators: [U0COORD]\n  retention: ${value}`);
    expect(problemsOf(yaml('{ months: -1 }'))).toEqual([
      'program.retention.months (line 5): -1 is not a number of months; write a whole number from 0 to 120, e.g. retention: { months: 12 }',
    ]);
    expect(problemsOf(yaml('{ months: 1.5 }'))[0]).toMatch(/^program\.retention\.months .*1\.5 is not a number of months/);
    expect(problemsOf(yaml('{ month: 6 }')).join('\n')).toMatch(/program\.retention.*month/);
  });
});

