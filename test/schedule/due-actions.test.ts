import { dueActions } from '../../src/schedule/due-actions';
import { DropReason } from '../../src/schedule/reason-codes';
import type { LedgerEntry } from '../../src/store/ledger-repository';
import { SCHEDULE_PROGRAM, scheduleProgram } from './schedule-program';

const program = scheduleProgram();
const none = { documented: new Map<number, Set<string>>() };
const names = (xs: { planned: { action: string; network: string | null; slot: number } }[]) =>
  xs.map((d) => `${d.planned.action}:${d.planned.network ?? '*'}:${d.planned.slot}`);
const sent = (action: LedgerEntry['action'], network: string | null, slot = 0, status: LedgerEntry['status'] = 'sent'): LedgerEntry => ({
  program: 'sched',
  round: 1,
  network,
  action,
  slot,
  status,
  updatedAt: '2026-03-17T08:00:00.000Z',
});

describe('dueActions', () => {
  it('has nothing due before the warning a day before the round opens', () => {
    expect(dueActions(program, new Date('2026-03-16T07:59:00Z'), [], none)).toEqual({ send: [], drop: [] });
    expect(names(dueActions(program, new Date('2026-03-16T08:00:00Z'), [], none).send)).toEqual(['warn:*:0']);
  });

  it('sends the questions at 09:00 local (08:00 UTC in winter time) to every network', () => {
    const due = dueActions(program, new Date('2026-03-17T08:00:00Z'), [sent('warn', null)], none);
    expect(names(due.send)).toEqual(['post:a:0', 'post:b:0', 'post:c:0']);
  });

  it('keeps the 09:00 reminder at 09:00 local after the clocks go forward (07:00 UTC)', () => {
    const done = [sent('warn', null), ...['a', 'b', 'c'].flatMap((n) => [sent('post', n), sent('remind', n, 0)])];
    expect(dueActions(program, new Date('2026-03-30T06:59:00Z'), done, none).send).toEqual([]);
    expect(names(dueActions(program, new Date('2026-03-30T07:00:00Z'), done, none).send)).toEqual([
      'remind:a:1',
      'remind:b:1',
      'remind:c:1',
    ]);
  });

  it('sends one message, not two, when a reminder falls due with its questions or within a day after them', () => {
    // The bot was down from before the post until after the first reminder: the catch-up sends the questions only.
    const catchUp = dueActions(program, new Date('2026-03-24T10:00:00Z'), [sent('warn', null)], none);
    expect(names(catchUp.send)).toEqual(['post:a:0', 'post:b:0', 'post:c:0']);
    expect(catchUp.drop.map((d) => [names([d.due])[0], d.reason])).toEqual([
      ['remind:a:0', DropReason.JustPosted],
      ['remind:b:0', DropReason.JustPosted],
      ['remind:c:0', DropReason.JustPosted],
    ]);
    // Questions that went out two hours before the reminder's time: no reminder; three days before: the reminder.
    const posted = (at: string) => ({ ...sent('post', 'a'), updatedAt: at });
    const warned = [sent('warn', null), sent('post', 'b'), sent('post', 'c'), sent('remind', 'b'), sent('remind', 'c')];
    expect(names(dueActions(program, new Date('2026-03-24T08:00:00Z'), [...warned, posted('2026-03-24T06:00:00Z')], none).send)).toEqual([]);
    expect(names(dueActions(program, new Date('2026-03-24T08:00:00Z'), [...warned, posted('2026-03-21T08:00:00Z')], none).send)).toEqual(['remind:a:0']);
  });

  it('never repeats what was sent or dropped, and offers a pending one again', () => {
    const ledger = [sent('warn', null), sent('post', 'a'), sent('post', 'b', 0, 'dropped'), sent('post', 'c', 0, 'pending')];
    expect(names(dueActions(program, new Date('2026-03-17T09:00:00Z'), ledger, none).send)).toEqual(['post:c:0']);
  });

  it('waits longer after each failure before trying again', () => {
    const failed = { ...sent('post', 'a', 0, 'failed'), attempts: 3, updatedAt: '2026-03-17T08:00:00.000Z' };
    const ledger = [sent('warn', null), failed, sent('post', 'b'), sent('post', 'c')];
    expect(dueActions(program, new Date('2026-03-17T08:03:00Z'), ledger, none).send).toEqual([]);
    expect(names(dueActions(program, new Date('2026-03-17T08:04:00Z'), ledger, none).send)).toEqual(['post:a:0']);
  });

  it('after a long stop drops what no longer makes sense and sends what still does', () => {
    // Down from before the post until the day after the meeting.
    const due = dueActions(program, new Date('2026-04-01T10:00:00Z'), [], none);
    expect(names(due.send)).toEqual([]);
    expect(new Set(due.drop.map((d) => d.reason))).toEqual(new Set([DropReason.TooLate]));
    expect(due.drop).toHaveLength(1 + 3 + 6);
    // Down until after the first nudge: the questions are too late, the nudge is not.
    const later = dueActions(program, new Date('2026-04-03T08:00:00Z'), [], none);
    expect(names(later.send)).toEqual(['nudge:a:0', 'nudge:b:0', 'nudge:c:0']);
  });

  it('drops a nudge to a network whose minutes are in', () => {
    const documented = new Map([[1, new Set(['b'])]]);
    const due = dueActions(program, new Date('2026-04-03T07:00:00Z'), [], { documented });
    expect(names(due.send)).toEqual(['nudge:a:0', 'nudge:c:0']);
    expect(due.drop.filter((d) => d.reason === DropReason.MinutesIn).map((d) => d.due.planned.network)).toEqual(['b']);
  });

  it('follows program edits: a moved meeting moves the unsent reminders, a removed round sends nothing', () => {
    const done = [sent('warn', null), sent('post', 'a'), sent('post', 'b'), sent('post', 'c')];
    const moved = scheduleProgram(SCHEDULE_PROGRAM.replace('2026-03-31T13:00', '2026-04-14T13:00'));
    // The first reminder is now 04-07, not 03-24; nothing sent is sent again.
    expect(dueActions(moved, new Date('2026-03-24T08:00:00Z'), done, none).send).toEqual([]);
    expect(names(dueActions(moved, new Date('2026-04-07T07:00:00Z'), done, none).send)).toEqual([
      'remind:a:0',
      'remind:b:0',
      'remind:c:0',
    ]);
    const withTwo = scheduleProgram(
      `${SCHEDULE_PROGRAM}  - number: 2\n    title: Andra\n    meeting: 2026-05-12T13:00\n    questions:\n      - { id: q2, text: Och nu? }\n`,
    );
    const due2 = dueActions(withTwo, new Date('2026-04-28T07:00:00Z'), [], none);
    expect(due2.send.some((d) => d.planned.round === 2 && d.planned.action === 'post')).toBe(true);
    const removed = dueActions(program, new Date('2026-04-28T07:00:00Z'), [], none);
    expect(removed.send.some((d) => d.planned.round === 2)).toBe(false);
  });

  it('is pure: the same inputs give the same answer', () => {
    const at = new Date('2026-03-30T07:00:00Z');
    expect(dueActions(program, at, [], none)).toEqual(dueActions(program, at, [], none));
  });
});
