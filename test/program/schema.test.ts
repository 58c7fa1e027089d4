import { networkSchema, programSchema, questionSchema, roundSchema } from '../../src/program/schema';
import { MINIMAL_PROGRAM, problemsOf } from '../helpers/program-yaml';

const keysOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; params?: { key?: string }; code: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.params?.key ?? i.code]);

describe('the schema, through the program file', () => {
  it('treats unknown keys as errors, not silently dropped', () => {
    const problems = problemsOf(MINIMAL_PROGRAM.replace('    questions:', '    qestions: []\n    questions:'));
    expect(problems).toEqual([expect.stringMatching(/^rounds\[0\].*unknown key qestions/)]);
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

  it('refuses an unknown time zone', () => {
    const zone = problemsOf(MINIMAL_PROGRAM.replace('  title: Testprogram', '  title: Testprogram\n  timezone: Europe/Stokholm'));
    expect(zone).toEqual([expect.stringMatching(/^program\.timezone.*"Europe\/Stokholm" is not an IANA time zone/)]);
  });});

describe('questionSchema', () => {
  it('makes a question a text question unless it says otherwise', () => {
    expect(questionSchema.parse({ id: 'q1', text: 'Hur?' })).toEqual({ id: 'q1', text: 'Hur?', kind: 'text' });
  });

  it('needs options for a choice, at least two, and none for text', () => {
    expect(keysOf(questionSchema.safeParse({ id: 'q', text: 'Val?', kind: 'choice' }))).toEqual([['options', 'choiceNeedsOptions']]);
    expect(questionSchema.safeParse({ id: 'q', text: 'Val?', kind: 'choice', options: ['Ja'] }).success).toBe(false);
    expect(keysOf(questionSchema.safeParse({ id: 'q', text: 'Hur?', options: ['Ja', 'Nej'] }))).toEqual([['options', 'textHasOptions']]);
  });

  it('refuses an id with capitals, spaces or a leading dash, and a text of only spaces', () => {
    for (const id of ['Q1', 'q 1', '-q', '', 'fråga']) expect(keysOf(questionSchema.safeParse({ id, text: 'Hur?' }))[0]?.[0]).toBe('id');
    expect(questionSchema.safeParse({ id: 'q', text: '   ' }).success).toBe(false);
  });
});

describe('roundSchema', () => {
  const round = { number: 1, title: 'Träff 1', meeting: '2026-10-26T13:00', questions: [{ id: 'q1', text: 'Hur?' }] };

  it('fills in when the questions go out, the reminders and the deadline', () => {
    expect(roundSchema.parse(round)).toMatchObject({
      post: { daysBefore: 14, at: '09:00' },
      reminders: [
        { daysBefore: 7, at: '09:00' },
        { daysBefore: 1, at: '09:00' },
      ],
      deadline: { daysAfter: 7, at: '09:00' },
    });
    expect(roundSchema.parse({ ...round, reminders: [] }).reminders).toEqual([]);
  });

  it('refuses round 0 or 100, no questions, a time of day that is not one, and a meeting that is not a date', () => {
    expect(roundSchema.safeParse({ ...round, number: 0 }).success).toBe(false);
    expect(roundSchema.safeParse({ ...round, number: 100 }).success).toBe(false);
    expect(roundSchema.safeParse({ ...round, questions: [] }).success).toBe(false);
    expect(keysOf(roundSchema.safeParse({ ...round, post: { daysBefore: 3, at: '25:00' } }))).toContainEqual(['post.at', 'notTime']);
    expect(keysOf(roundSchema.safeParse({ ...round, meeting: '26/10/2026' }))).toEqual([['meeting', 'notDateTime']]);
  });
});

describe('networkSchema', () => {
  it('has no leaders unless named, and takes any of the three platforms', () => {
    expect(networkSchema.parse({ id: 'n', name: 'N', platform: 'teams' })).toEqual({ id: 'n', name: 'N', platform: 'teams', leaders: [] });
    expect(networkSchema.safeParse({ id: 'n', name: 'N', platform: 'discord' }).success).toBe(false);
    expect(networkSchema.safeParse({ id: 'n', name: 'N', platform: 'slack', leaders: ['  '] }).success).toBe(false);
  });
});

describe('programSchema', () => {
  const minimal = {
    program: { id: 'p', title: 'P' },
    networks: [{ id: 'n', name: 'N', platform: 'local' }],
    rounds: [{ number: 1, title: 'T', meeting: '2026-10-26T13:00', questions: [{ id: 'q', text: 'Hur?' }] }],
  };

  it('fills in the program\'s defaults: Swedish, Stockholm, quiet nights, a year\'s retention, the model allowed', () => {
    expect(programSchema.parse(minimal).program).toEqual({
      id: 'p',
      title: 'P',
      locale: 'sv',
      timezone: 'Europe/Stockholm',
      background: '',
      coordinators: [],
      quietHours: { from: '20:00', to: '08:00' },
      retention: { months: 12 },
      languageModel: true,
    });
    expect(programSchema.parse(minimal).themes).toEqual([]);
  });

  it('takes quiet hours off, and refuses retention beyond ten years or in part months', () => {
    expect(programSchema.parse({ ...minimal, program: { ...minimal.program, quietHours: false } }).program.quietHours).toBe(false);
    for (const months of [121, 1.5, -1]) {
      expect(keysOf(programSchema.safeParse({ ...minimal, program: { ...minimal.program, retention: { months } } }))).toEqual([['program.retention.months', 'retentionMonths']]);
    }
    expect(programSchema.parse({ ...minimal, program: { ...minimal.program, retention: { months: 0 } } }).program.retention.months).toBe(0);
  });

  it('needs a network and a round', () => {
    expect(programSchema.safeParse({ ...minimal, networks: [] }).success).toBe(false);
    expect(programSchema.safeParse({ ...minimal, rounds: [] }).success).toBe(false);
  });
});
