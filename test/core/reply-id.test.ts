import type { Person } from '../../src/core/person';
import { answerId, minutesId } from '../../src/core/reply-id';

const anna: Person = { platform: 'slack', userId: 'U0ANNA' };

describe('answerId', () => {
  it('is the same for the same person, round, network and question, so a re-sent form overwrites', () => {
    expect(answerId('p', 1, 'eskilstuna', 'q1', anna)).toBe(answerId('p', 1, 'eskilstuna', 'q1', { ...anna }));
    expect(answerId('p', 1, 'eskilstuna', 'q1', anna)).toMatch(/^a-[0-9a-f]{20}$/);
  });

  it('differs when any part differs, the platform included', () => {
    const base = answerId('p', 1, 'eskilstuna', 'q1', anna);
    const others = [
      answerId('other', 1, 'eskilstuna', 'q1', anna),
      answerId('p', 2, 'eskilstuna', 'q1', anna),
      answerId('p', 1, 'katrineholm', 'q1', anna),
      answerId('p', 1, 'eskilstuna', 'q2', anna),
      answerId('p', 1, 'eskilstuna', 'q1', { platform: 'teams', userId: 'U0ANNA' }),
      answerId('p', 1, 'eskilstuna', 'q1', { platform: 'slack', userId: 'U0BO' }),
    ];
    expect(new Set([base, ...others]).size).toBe(7);
  });

  it('does not let parts run into each other ("p1" + round 1 is not "p" + round 11)', () => {
    expect(answerId('p1', 1, 'n', 'q', anna)).not.toBe(answerId('p', 11, 'n', 'q', anna));
  });

  it('never carries the platform user id', () => {
    expect(answerId('p', 1, 'eskilstuna', 'q1', anna)).not.toContain('U0ANNA');
  });
});

describe('minutesId', () => {
  it('is one per network and question, whoever writes, and never an answer id', () => {
    expect(minutesId('p', 1, 'eskilstuna', 'q1')).toBe(minutesId('p', 1, 'eskilstuna', 'q1'));
    expect(minutesId('p', 1, 'eskilstuna', 'q1')).toMatch(/^m-[0-9a-f]{20}$/);
    expect(minutesId('p', 1, 'eskilstuna', 'q1')).not.toBe(minutesId('p', 1, 'katrineholm', 'q1'));
  });
});
