
import { parseProgram } from '../../src/program/load-program';
import { MINIMAL_PROGRAM, problemsOf } from '../helpers/program-yaml';

describe('parseProgram', () => {
  it('accepts a minimal program and fills in the defaults', () => {
    const program = parseProgram(MINIMAL_PROGRAM, 'test.yaml');
    expect(program.program.locale).toBe('sv');
    expect(program.program.timezone).toBe('Europe/Stockholm');
    const round = program.rounds[0];
    expect(round?.post).toEqual({ daysBefore: 14, at: '09:00' });
    expect(round?.reminders).toEqual([
      { daysBefore: 7, at: '09:00' },
      { daysBefore: 1, at: '09:00' },
    ]);
    expect(round?.deadline).toEqual({ daysAfter: 7, at: '09:00' });
    expect(round?.questions[0]?.kind).toBe('text');
  });

  it('names a bad date with its path, its line and the format to write', () => {
    const problems = problemsOf(MINIMAL_PROGRAM.replace('2026-10-26T13:00', '"2026-13-01"'));
    expect(problems).toEqual(['rounds[0].meeting (line 18): "2026-13-01" is not a date; write YYYY-MM-DDTHH:MM (e.g. 2026-09-27T13:00)']);
  });

  it('refuses a date that does not exist (30 February)', () => {
    expect(problemsOf(MINIMAL_PROGRAM.replace('2026-10-26T13:00', '2026-02-30T13:00'))[0]).toContain('is not a date');
  });

  it('lists every problem at once, not only the first', () => {
    const yaml = MINIMAL_PROGRAM.replace('2026-10-26T13:00', 'tomorrow')
      .replace('platform: slack', 'platform: discord')
      .replace('title: Testprogram', 'title: Testprogram\n  colour: blue');
    const problems = problemsOf(yaml);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^program \(line 1\): unknown key colour; remove it/),
        expect.stringMatching(/^networks\[0\]\.platform \(line 9\): "discord" is not allowed; choose one of: slack, teams, local/),
        expect.stringMatching(/^rounds\[0\]\.meeting \(line 19\): "tomorrow" is not a date/),
      ]),
    );
  });

  it('treats unknown keys as errors, not silently dropped', () => {
    const problems = problemsOf(MINIMAL_PROGRAM.replace('    questions:', '    qestions: []\n    questions:'));
    expect(problems).toEqual([expect.stringMatching(/^rounds\[0\].*unknown key qestions/)]);
  });

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

  it('refuses a choice question without options, and options on a text question', () => {
    const yaml = MINIMAL_PROGRAM.replace(
      '        text: Vad är delaktighet för dig?\n',
      '        text: Vad är delaktighet för dig?\n        options: [Ja, Nej]\n      - id: q2\n        kind: choice\n        text: Nöjd?\n',
    );
    const problems = problemsOf(yaml);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rounds\[0\]\.questions\[0\]\.options.*only choice questions have options/),
        expect.stringMatching(/^rounds\[0\]\.questions\[1\]\.options.*a choice question needs options/),
      ]),
    );
  });

  it('refuses an unknown time zone and a local time the clocks skip', () => {
    const zone = problemsOf(MINIMAL_PROGRAM.replace('  title: Testprogram', '  title: Testprogram\n  timezone: Europe/Stokholm'));
    expect(zone).toEqual([expect.stringMatching(/^program\.timezone.*"Europe\/Stokholm" is not an IANA time zone/)]);
    const skipped = problemsOf(MINIMAL_PROGRAM.replace('2026-10-26T13:00', '2026-03-29T02:30'));
    expect(skipped).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rounds\[0\]\.meeting.*"2026-03-29T02:30" does not exist in Europe\/Stockholm/)]),
    );
  });

  it('reports broken YAML with its line', () => {
    expect(problemsOf('program:\n  id: x\n    title: bad indent\n')[0]).toMatch(/^line \d+: the file is not valid YAML/);
  });

  it('speaks Swedish by default', () => {
    expect(problemsOf(MINIMAL_PROGRAM.replace('2026-10-26T13:00', 'imorgon'), 'sv')).toEqual([
      'rounds[0].meeting (rad 18): "imorgon" är inte ett datum med tid; skriv YYYY-MM-DDTHH:MM (t.ex. 2026-09-27T13:00)',
    ]);
  });

  it('accepts exact times and relative specs side by side', () => {
    const yaml = MINIMAL_PROGRAM.replace(
      '    questions:',
      '    post: 2026-10-01T10:30\n    reminders: [{ daysBefore: 2, at: "16:00" }, 2026-10-26T08:00]\n    deadline: { daysAfter: 3 }\n    questions:',
    );
    const round = parseProgram(yaml, 'test.yaml').rounds[0];
    expect(round?.post).toBe('2026-10-01T10:30');
    expect(round?.deadline).toEqual({ daysAfter: 3, at: '09:00' });
  });
});
