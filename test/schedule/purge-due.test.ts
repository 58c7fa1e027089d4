import { purgeDue } from '../../src/schedule/purge-due';
import { minimalProgramWith } from '../helpers/program-yaml';

describe('the daily purge slot', () => {
  const program = minimalProgramWith('\n  retention: { months: 6 }');

  it('is not due before retention ends, and then daily at 09:00 local, one ledger key per day', () => {
    expect(purgeDue(program, new Date('2027-05-02T06:59:00Z'))).toBeUndefined();
    expect(purgeDue(program, new Date('2027-05-02T07:00:00Z'))).toMatchObject({
      day: '2027-05-02',
      key: { program: 'test-program', round: 0, network: null, action: 'purge', slot: 20270502 },
    });
    // The next day: not before 09:00 local, then its own key.
    expect(purgeDue(program, new Date('2027-05-03T06:30:00Z'))).toBeUndefined();
    expect(purgeDue(program, new Date('2027-05-03T12:00:00Z'))?.key.slot).toBe(20270503);
  });

  it('waits for the end of quiet hours that cover 09:00', () => {
    const late = minimalProgramWith("\n  retention: { months: 6 }\n  quietHours: { from: '20:00', to: '10:30' }");
    expect(purgeDue(late, new Date('2027-05-03T08:00:00Z'))).toBeUndefined();
    expect(purgeDue(late, new Date('2027-05-03T08:30:00Z'))?.at.toISOString()).toBe('2027-05-03T08:30:00.000Z');
  });
});

