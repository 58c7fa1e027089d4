import { DateTime } from 'luxon';
import {
  formatLocal,
  isLocalDateTime,
  isValidTimeZone,
  localDatePart,
  localToInstant,
  shiftLocalDate,
} from '../../src/program/local-time';

describe('isLocalDateTime and isValidTimeZone', () => {
  it('takes real calendar times written as YYYY-MM-DDTHH:MM, nothing else', () => {
    expect(isLocalDateTime('2026-10-26T13:00')).toBe(true);
    expect(isLocalDateTime('2028-02-29T09:00')).toBe(true);
    expect(isLocalDateTime('2026-02-30T10:00')).toBe(false);
    expect(isLocalDateTime('2026-10-26T24:00')).toBe(false);
    expect(isLocalDateTime('2026-10-26 13:00')).toBe(false);
    expect(isLocalDateTime('2026-10-26T13:00:00')).toBe(false);
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Stockholm')).toBe(true);
    expect(isValidTimeZone('Europe/Nowhere')).toBe(false);
  });
});

describe('localToInstant', () => {
  it('reads a wall-clock time in the zone', () => {
    expect(localToInstant('2026-12-03T13:00', 'Europe/Stockholm')?.toUTC().toISO()).toBe('2026-12-03T12:00:00.000Z');
    expect(localToInstant('2026-06-04T13:00', 'Europe/Stockholm')?.toUTC().toISO()).toBe('2026-06-04T11:00:00.000Z');
  });

  it('gives null for the hour the clocks skip in spring', () => {
    expect(localToInstant('2026-03-29T02:30', 'Europe/Stockholm')).toBeNull();
    expect(localToInstant('2026-03-29T03:30', 'Europe/Stockholm')).not.toBeNull();
  });

  it('takes the first of the autumn hour that comes twice', () => {
    expect(localToInstant('2026-10-25T02:30', 'Europe/Stockholm')?.toUTC().toISO()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('shiftLocalDate, localDatePart and formatLocal', () => {
  it('moves by calendar days across months and years, at the given time', () => {
    expect(shiftLocalDate('2026-10-26T13:00', 7, '09:00')).toBe('2026-11-02T09:00');
    expect(shiftLocalDate('2026-12-30T13:00', 3, '18:30')).toBe('2027-01-02T18:30');
    expect(shiftLocalDate('2026-03-02T13:00', -2, '08:00')).toBe('2026-02-28T08:00');
  });

  it('keeps the date, and writes an instant as the wall clock of a zone', () => {
    expect(localDatePart('2026-10-26T13:00')).toBe('2026-10-26');
    expect(formatLocal(DateTime.fromISO('2026-12-03T12:00:00Z'), 'Europe/Stockholm')).toBe('2026-12-03T13:00');
  });
});

describe('localToInstant away from the change', () => {
  it('is not moved an hour back just after the clocks went back', () => {
    expect(localToInstant('2026-10-25T03:30', 'Europe/Stockholm')?.toUTC().toISO()).toBe('2026-10-25T02:30:00.000Z');
    expect(localToInstant('2026-10-25T01:30', 'Europe/Stockholm')?.toUTC().toISO()).toBe('2026-10-24T23:30:00.000Z');
  });
});
