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
