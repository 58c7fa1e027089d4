import { participation } from '../../src/compile/participation';
import type { CompileReply } from '../../src/compile/types';
import { program } from './fixtures';

const reply = (over: Partial<CompileReply> & { id: string }): CompileReply => ({ question: 'q1', text: 'text', option: null, kind: 'answer', ...over });

describe('participation', () => {
  const replies: CompileReply[] = [
    reply({ id: 'a1', author: 'p1', network: 'nord', role: 'anhorig' }),
    reply({ id: 'a2', author: 'p1', network: 'nord', role: 'anhorig', question: 'q2' }),
    reply({ id: 'a3', author: 'p2', network: 'nord', role: 'chef' }),
    // Imported: no author, so each answer counts as its own person.
    reply({ id: 'i1', network: 'syd', role: 'anhorig' }),
    reply({ id: 'i2', network: 'syd', role: 'anhorig' }),
    // The same answer twice (a line and its edit) is one answer.
    reply({ id: 'i2', network: 'syd', role: 'anhorig' }),
    // Minutes: one per network and question, however many records hold them.
    reply({ id: 'm1', kind: 'minutes', network: 'nord', role: 'chef', author: 'leader' }),
    reply({ id: 'm1-import', kind: 'minutes', network: 'nord', role: 'chef' }),
    reply({ id: 'm2', kind: 'minutes', network: 'vast', question: 'q2' }),
  ];

  it('counts people, answers and documented questions per network of the program, silence included', () => {
    const p = participation(replies, program());
    expect(p.byNetwork).toEqual([
      { network: 'nord', name: 'Nätverk nord', people: 2, replies: 3, minutes: 1 },
      { network: 'syd', name: 'Nätverk syd', people: 2, replies: 2, minutes: 0 },
      { network: 'vast', name: 'Nätverk vast', people: 0, replies: 0, minutes: 1 },
      { network: 'ost', name: 'Nätverk ost', people: 0, replies: 0, minutes: 0 },
    ]);
    expect(p).toMatchObject({ totalReplies: 5, totalPeople: 4, totalMinutes: 2 });
    expect(p.minutesReceived).toEqual(['nord', 'vast']);
    expect(p.minutesMissing).toEqual(['syd', 'ost']);
    expect(p.silentNetworks).toEqual(['ost']);
  });

  it('counts people per role, most first, then by name; a leader writing minutes is no participant', () => {
    expect(participation(replies, program()).byRole).toEqual([
      { role: 'anhorig', count: 3 },
      { role: 'chef', count: 1 },
    ]);
  });

  it('without a program takes the networks seen, sorted, and expects no minutes', () => {
    const p = participation(replies);
    expect(p.byNetwork.map((n) => [n.network, n.name])).toEqual([['nord', 'nord'], ['syd', 'syd'], ['vast', 'vast']]);
    expect(p.minutesMissing).toEqual([]);
    expect(p.silentNetworks).toEqual([]);
  });

  it('for one network counts only that network', () => {
    const p = participation(replies, program(), 'syd');
    expect(p.byNetwork.map((n) => n.network)).toEqual(['syd']);
    expect(participation(replies, undefined, 'vast').byNetwork).toEqual([{ network: 'vast', name: 'vast', people: 0, replies: 0, minutes: 1 }]);
  });

  it('is all zeros for no replies, every network silent', () => {
    const p = participation([], program());
    expect(p).toMatchObject({ totalReplies: 0, totalPeople: 0, totalMinutes: 0, byRole: [], minutesReceived: [] });
    expect(p.silentNetworks).toEqual(['nord', 'syd', 'vast', 'ost']);
    expect(participation([]).byNetwork).toEqual([]);
  });

  it('never shows an author key in what it returns', () => {
    expect(JSON.stringify(participation(replies, program()))).not.toMatch(/p1|p2|leader/);
  });
});
