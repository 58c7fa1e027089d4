import { CompileTimeoutError, ConfigError, InputError, ProgramError, ProgramNotFoundError, StoreError, StoreUrlError } from '../src/errors';
import type { Locale } from '../src/i18n/translate';
import { EXIT, reportError } from '../src/report-error';

function report(e: unknown, locale: Locale = 'en'): { code: number; text: string } {
  let text = '';
  const code = reportError(e, {
    stderr: (t) => {
      text += t;
    },
    locale,
  });
  return { code, text };
}

describe('reportError', () => {
  it('keeps the documented exit codes', () => {
    expect(EXIT).toEqual({ ok: 0, failure: 1, badInput: 2 });
  });

  it('names a bad program file, counts its problems and lists each on its own line, exit 2', () => {
    const e = new ProgramError('program.yaml', [
      { path: 'program.id (line 2)', message: 'is not a valid id' },
      { path: 'networks', message: 'needs at least 1 items' },
    ]);
    const { code, text } = report(e);
    expect(code).toBe(EXIT.badInput);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toContain('program.yaml');
    expect(lines[0]).toContain('2 problems');
    expect(lines.slice(1)).toEqual(['  program.id (line 2): is not a valid id', '  networks: needs at least 1 items']);
    expect(report(e, 'sv').text.split('\n')[0]).not.toBe(lines[0]);
  });

  it('names a program file that is not there, exit 2', () => {
    const { code, text } = report(new ProgramNotFoundError('saknas 🙂.yaml'));
    expect(code).toBe(EXIT.badInput);
    expect(text).toContain('saknas 🙂.yaml');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('lists every problem of bad input or settings as path: message, exit 2', () => {
    for (const e of [new InputError([{ path: '--round', message: 'x is not a number' }, { path: 'line 3', message: 'bad' }]), new ConfigError([{ path: '--round', message: 'x is not a number' }, { path: 'line 3', message: 'bad' }])]) {
      expect(report(e)).toEqual({ code: EXIT.badInput, text: '--round: x is not a number\nline 3: bad\n' });
    }
  });

  it('quotes a STORE_URL it does not understand, exit 2', () => {
    const { code, text } = report(new StoreUrlError('mysql://"x"'));
    expect(code).toBe(EXIT.badInput);
    expect(text).toMatch(/^STORE_URL: .*"mysql:\/\/\\"x\\""/);
  });

  it('says the store is not answering, with the cause, exit 1', () => {
    const { code, text } = report(new StoreError('list', new Error('ECONNREFUSED')));
    expect(code).toBe(EXIT.failure);
    expect(text).toBe('The store is not answering: store list failed: ECONNREFUSED\n');
  });

  it('prints an unexpected error with its stack, and anything thrown that is no error as text, exit 1', () => {
    const bug = new TypeError('undefined is not a function');
    const shown = report(bug);
    expect(shown.code).toBe(EXIT.failure);
    expect(shown.text).toContain('TypeError: undefined is not a function');
    expect(shown.text).toContain('report-error.test.ts');
    expect(report('just text')).toEqual({ code: EXIT.failure, text: 'just text\n' });
    expect(report(undefined)).toEqual({ code: EXIT.failure, text: 'undefined\n' });
  });

  it('prints one of our own errors by its message alone, without a stack, exit 1', () => {
    expect(report(new CompileTimeoutError(1500))).toEqual({ code: EXIT.failure, text: 'compilation stopped after 1500 ms\n' });
  });
});
