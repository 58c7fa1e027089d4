import { participationNotes, stageWord } from '../../src/compile/render-lines';

describe('stageWord', () => {
  it('says Utkast for a machine draft, Bearbetad version for a shaped one, and nothing once published', () => {
    expect(stageWord({ locale: 'sv', stage: 'draft' })).toBe('Utkast');
    expect(stageWord({ locale: 'sv', stage: 'edited' })).toBe('Bearbetad version');
    expect(stageWord({ locale: 'sv', stage: 'published' })).toBeUndefined();
    expect(stageWord({ locale: 'en', stage: 'draft' })).toBe('Draft');
    expect(stageWord({ locale: 'en', stage: 'edited' })).toBe('Edited version');
    expect(stageWord({ locale: 'en', stage: 'published' })).toBeUndefined();
  });
});

describe('participationNotes', () => {
  const participation = (minutes: number[], replies: number[]) => {
    const byNetwork = minutes.map((m, i) => ({ network: `n${i}`, name: `Nätverk ${i}`, people: replies[i] ?? 0, replies: replies[i] ?? 0, minutes: m }));
    return {
      totalReplies: 0,
      totalPeople: 0,
      totalMinutes: 0,
      byNetwork,
      byRole: [],
      minutesReceived: byNetwork.filter((n) => n.minutes > 0).map((n) => n.network),
      minutesMissing: byNetwork.filter((n) => n.minutes === 0).map((n) => n.network),
      silentNetworks: byNetwork.filter((n) => n.replies === 0 && n.minutes === 0).map((n) => n.network),
    };
  };

  it('says in words that every network sent minutes and replied, rather than "saknas från: inga"', () => {
    expect(participationNotes({ locale: 'sv', participation: participation([1, 2], [3, 4]) })).toEqual([
      'Alla nätverk har skickat in gruppanteckningar.',
      'Alla nätverk har svarat.',
    ]);
    expect(participationNotes({ locale: 'en', participation: participation([1, 2], [3, 4]) })).toEqual([
      'Every network has sent in group minutes.',
      'Every network has replied.',
    ]);
  });

  it('names the networks whose minutes came in and those still missing, by name', () => {
    expect(participationNotes({ locale: 'sv', participation: participation([1, 0, 0], [3, 0, 2]) })).toEqual([
      'Ledarnas anteckningar har kommit in från: Nätverk 0.',
      'Ledarnas anteckningar saknas från: Nätverk 1, Nätverk 2.',
      'Nätverk utan svar ännu: Nätverk 1.',
    ]);
  });

  it('says when no minutes have come in at all', () => {
    expect(participationNotes({ locale: 'sv', participation: participation([0, 0], [0, 0]) })).toEqual([
      'Inga gruppanteckningar har kommit in ännu.',
      'Nätverk utan svar ännu: Nätverk 0, Nätverk 1.',
    ]);
  });
});
