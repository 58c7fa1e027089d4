import { DropReason, SendProblem } from '../../src/schedule/reason-codes';

describe('the schedule\'s reason codes', () => {
  // They are written to ledgers already stored: a changed word would make old entries say something else.
  it('keep the words ledgers already hold', () => {
    expect(DropReason).toEqual({
      TooLate: 'too-late',
      MinutesIn: 'minutes-in',
      JustPosted: 'just-posted',
      AllLinked: 'all-linked',
      NobodyToTell: 'nobody-to-tell',
    });
    expect(SendProblem).toEqual({ NoChannel: 'no-channel' });
  });

  it('are all different, so a ledger entry names one reason', () => {
    const all = [...Object.values(DropReason), ...Object.values(SendProblem)];
    expect(new Set(all).size).toBe(all.length);
  });
});
