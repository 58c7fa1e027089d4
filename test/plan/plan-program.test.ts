import { planProgram } from '../../src/plan/plan-program';
import { parseProgram } from '../../src/program/load-program';
import { MINIMAL_PROGRAM } from '../helpers/program-yaml';

// Summer time in Europe/Stockholm ends on 2026-10-25 at 03:00 (back to 02:00).
// A meeting on 2026-10-26 has its post and first reminder in summer time
// (UTC+2) and everything from the day before the meeting in winter time (UTC+1).
const program = parseProgram(MINIMAL_PROGRAM, 'dst.yaml');
const plan = planProgram(program);
const at = (action: string, network: string | null) =>
  plan.filter((a) => a.action === action && a.network === network).map((a) => [a.atLocal, a.at]);

describe('planProgram across the end of summer time', () => {
  it('posts 14 days before at 09:00 local, which is 07:00 UTC in summer', () => {
    expect(at('post', 'eskilstuna')).toEqual([['2026-10-12T09:00', '2026-10-12T07:00:00.000Z']]);
  });

  it('keeps reminders at 09:00 local on both sides of the change', () => {
    expect(at('remind', 'eskilstuna')).toEqual([
      ['2026-10-19T09:00', '2026-10-19T07:00:00.000Z'],
      ['2026-10-25T09:00', '2026-10-25T08:00:00.000Z'],
    ]);
  });

  it('nudges leaders halfway to the deadline and the day before it, in winter time', () => {
    expect(at('nudge', 'katrineholm')).toEqual([
      ['2026-10-29T09:00', '2026-10-29T08:00:00.000Z'],
      ['2026-11-01T09:00', '2026-11-01T08:00:00.000Z'],
    ]);
  });

  it('sets the deadline 7 days after, once, for the coordinators', () => {
    expect(at('deadline', null)).toEqual([['2026-11-02T09:00', '2026-11-02T08:00:00.000Z']]);
  });

  it('lists every network for every network action, in time order', () => {
    // Per network: post, 2 reminders, 2 nudges; per round: the coordinators' warning and deadline.
    expect(plan).toHaveLength(2 * (1 + 2 + 2) + 2);
    const times = plan.map((a) => a.at);
    expect(times).toEqual([...times].sort());
  });

  it('keeps 09:00 local on the day summer time starts too', () => {
    const spring = parseProgram(MINIMAL_PROGRAM.replace('2026-10-26T13:00', '2026-03-30T13:00'), 'spring.yaml');
    const reminders = planProgram(spring).filter((a) => a.action === 'remind' && a.network === 'eskilstuna');
    // 2026-03-29: clocks go from 02:00 to 03:00, so 09:00 is 07:00 UTC that day.
    expect(reminders.map((a) => [a.atLocal, a.at])).toEqual([
      ['2026-03-23T09:00', '2026-03-23T08:00:00.000Z'],
      ['2026-03-29T09:00', '2026-03-29T07:00:00.000Z'],
    ]);
  });

  it('is the same plan every time (pure), made once per program and not to be changed', () => {
    expect(planProgram(program)).toEqual(plan);
    expect(planProgram(parseProgram(MINIMAL_PROGRAM, 'again.yaml'))).toEqual(plan);
    // Ticks and status ask for the plan again and again: it is made once per loaded program.
    expect(planProgram(program)).toBe(plan);
    expect(Object.isFrozen(plan)).toBe(true);
  });
});

describe('quiet hours', () => {
  const late = MINIMAL_PROGRAM.replace('meeting: 2026-10-26T13:00', 'meeting: 2026-10-26T13:00\n    post: 2026-10-12T21:30\n    reminders: [2026-10-25T06:00]');

  it('moves what falls in the night to 08:00 local, on the day the clocks change too', () => {
    const p = planProgram(parseProgram(late, 'late.yaml'));
    const post = p.find((a) => a.action === 'post' && a.network === 'eskilstuna');
    expect(post).toMatchObject({ atLocal: '2026-10-13T08:00', requestedLocal: '2026-10-12T21:30', at: '2026-10-13T06:00:00.000Z' });
    // 2026-10-25 is the day summer time ends: 08:00 local is 07:00 UTC.
    const remind = p.find((a) => a.action === 'remind' && a.network === 'eskilstuna');
    expect(remind).toMatchObject({ atLocal: '2026-10-25T08:00', at: '2026-10-25T07:00:00.000Z', slot: 0 });
  });

  it('can be set or turned off in the program file', () => {
    const off = planProgram(parseProgram(late.replace('coordinators: [U0COORD]', 'coordinators: [U0COORD]\n  quietHours: false'), 'off.yaml'));
    expect(off.find((a) => a.action === 'post')?.atLocal).toBe('2026-10-12T21:30');
    const custom = planProgram(
      parseProgram(late.replace('coordinators: [U0COORD]', "coordinators: [U0COORD]\n  quietHours: { from: '21:00', to: '07:30' }"), 'c.yaml'),
    );
    expect(custom.find((a) => a.action === 'post')?.atLocal).toBe('2026-10-13T07:30');
  });

  it('warns the coordinators a day before each round opens', () => {
    const warn = plan.filter((a) => a.action === 'warn');
    expect(warn.map((a) => [a.network, a.atLocal])).toEqual([[null, '2026-10-11T09:00']]);
  });
});
