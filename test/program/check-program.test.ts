import { checkProgram } from '../../src/program/check-program';
import type { Program } from '../../src/program/schema';
import { exampleProgram } from '../helpers/bot-context';
import { MINIMAL_PROGRAM, problemsOf } from '../helpers/program-yaml';

const program = exampleProgram();
const keys = (p: Program) => checkProgram(p).map((i) => [i.path.join('.'), i.key]);
const withRound = (i: number, change: Partial<Program['rounds'][number]>): Program => ({
  ...program,
  rounds: program.rounds.map((r, j) => (j === i ? { ...r, ...change } : r)),
});

describe('checkProgram, through the program file', () => {
  it('refuses two rounds on the same date', () => {
    const yaml = `${MINIMAL_PROGRAM}  - number: 2
    title: Träff 2
    meeting: 2026-10-26T18:00
    questions:
      - id: q1
        text: Och sedan?
`;
    expect(problemsOf(yaml)).toEqual([
      expect.stringMatching(/^rounds\[1\]\.meeting \(line \d+\): "2026-10-26" is the same day as round 1/),
    ]);
  });

  it('refuses a question id used twice in a round', () => {
    const yaml = MINIMAL_PROGRAM.replace(
      '        text: Vad är delaktighet för dig?\n',
      '        text: Vad är delaktighet för dig?\n      - id: q1\n        text: Igen?\n',
    );
    expect(problemsOf(yaml)).toEqual([expect.stringMatching(/^rounds\[0\]\.questions\[1\]\.id .*question id "q1" is already used/)]);
  });

  it('refuses a reminder after its meeting', () => {
    const yaml = MINIMAL_PROGRAM.replace('    questions:', '    reminders: ["2026-10-27T09:00"]\n    questions:');
    expect(problemsOf(yaml)).toEqual([
      expect.stringMatching(/^rounds\[0\]\.reminders\[0\].*the reminder "2026-10-27T09:00" is not before the meeting 2026-10-26T13:00/),
    ]);
  });

  it('refuses a network with no channel and no leader', () => {
    const yaml = MINIMAL_PROGRAM.replace('    platform: teams\n    leaders: [29:leader]\n', '    platform: teams\n');
    expect(problemsOf(yaml)).toEqual([expect.stringMatching(/^networks\[1\].*network "katrineholm" has neither a channel nor a leader/)]);
  });

  it('refuses a local time the clocks skip', () => {
    const skipped = problemsOf(MINIMAL_PROGRAM.replace('2026-10-26T13:00', '2026-03-29T02:30'));
    expect(skipped).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rounds\[0\]\.meeting.*"2026-03-29T02:30" does not exist in Europe\/Stockholm/)]),
    );
  });});

describe('checkProgram', () => {
  it('finds nothing wrong with the example program', () => {
    expect(checkProgram(program)).toEqual([]);
  });

  it('names a network id used twice at its second use', () => {
    const twice = { ...program, networks: [...program.networks, { ...(program.networks[0] as Program['networks'][number]), name: 'Igen' }] };
    expect(checkProgram(twice)).toEqual([{ path: ['networks', 3, 'id'], key: 'duplicateNetworkId', vars: { value: 'eskilstuna' } }]);
  });

  it('names a round number used twice, and its date when it is the same day as another', () => {
    const again = { ...program, rounds: [...program.rounds, { ...(program.rounds[0] as Program['rounds'][number]) }] };
    expect(keys(again)).toEqual([
      ['rounds.4.number', 'duplicateRoundNumber'],
      ['rounds.4.meeting', 'duplicateRoundDate'],
    ]);
  });

  it('refuses questions posted after the meeting and a deadline before it', () => {
    expect(keys(withRound(0, { post: '2026-12-04T09:00', deadline: '2026-12-03T12:00' }))).toEqual([
      ['rounds.0.post', 'postAfterMeeting'],
      ['rounds.0.deadline', 'deadlineBeforeMeeting'],
    ]);
    // At the meeting itself is not before it either.
    expect(keys(withRound(0, { post: '2026-12-03T13:00', deadline: '2026-12-03T13:00' }))).toEqual([
      ['rounds.0.post', 'postAfterMeeting'],
      ['rounds.0.deadline', 'deadlineBeforeMeeting'],
    ]);
  });

  it('lists every problem at once, across rounds and networks', () => {
    const many: Program = {
      ...withRound(1, { reminders: ['2027-02-01T09:00', '2027-01-20T09:00'] }),
      networks: program.networks.map((n) => ({ ...n, channel: undefined, leaders: [] })),
    };
    expect(keys(many)).toEqual([
      ['networks.0', 'networkUnreachable'],
      ['networks.1', 'networkUnreachable'],
      ['networks.2', 'networkUnreachable'],
      ['rounds.1.reminders.0', 'reminderAfterMeeting'],
    ]);
  });
});
