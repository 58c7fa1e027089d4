import type { CliIo } from '../../src/cli/cli-io';
import { parseCommandArgs, positiveInt } from '../../src/cli/parse-args';
import { InputError } from '../../src/errors';

const io = (locale: 'sv' | 'en' = 'en'): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  cwd: process.cwd(),
  env: {},
  now: () => new Date('2026-11-23T09:00:00.000Z'),
  locale,
});

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('did not throw');
};

describe('parseCommandArgs', () => {
  const options = { json: { type: 'boolean' }, out: { type: 'string' } } as const;

  it('gives the options and the positionals, in order, with options anywhere on the line', () => {
    const { values, positionals } = parseCommandArgs(['a.yaml', '--json', 'b 🙂.yaml', '--out', 'x.jsonl'], options, io());
    expect(values).toEqual({ json: true, out: 'x.jsonl' });
    expect(positionals).toEqual(['a.yaml', 'b 🙂.yaml']);
    expect(parseCommandArgs([], options, io())).toEqual({ values: {}, positionals: [] });
  });

  it('turns an unknown option into a localised InputError naming it', () => {
    const en = problemsOf(() => parseCommandArgs(['--bogus'], options, io('en')));
    expect(en).toHaveLength(1);
    expect(en[0]?.path).toBe('lnb');
    expect(en[0]?.message).toMatch(/^Problem with the command line: .*--bogus.*\. Run lnb help/);
    const sv = problemsOf(() => parseCommandArgs(['--bogus'], options, io('sv')));
    expect(sv[0]?.message).toMatch(/^Fel i kommandoraden: .*--bogus/);
  });

  it('refuses a string option without its value and a value given to a boolean', () => {
    expect(problemsOf(() => parseCommandArgs(['--out'], options, io()))[0]?.message).toContain('--out');
    expect(problemsOf(() => parseCommandArgs(['--json=yes'], options, io()))[0]?.message).toContain('--json');
  });
});

describe('positiveInt', () => {
  it('is undefined for an option not given, and the number for a whole positive one', () => {
    expect(positiveInt(undefined, '--round', io())).toBeUndefined();
    expect(positiveInt('1', '--round', io())).toBe(1);
    expect(positiveInt('12', '--round', io())).toBe(12);
  });

  it.each(['0', '-1', '1.5', '2x', '', ' 2', '1e3', '٣', 'two'])('refuses %j, naming the option and the value', (value) => {
    const problems = problemsOf(() => positiveInt(value, '--round', io()));
    expect(problems).toEqual([{ path: '--round', message: `${value} is not a number; write e.g. --round 2` }]);
  });
});
