import { localeFor } from '../../src/core/bot-context';
import { exampleProgram } from '../helpers/bot-context';

describe('localeFor', () => {
  const program = exampleProgram();

  it('speaks the language the person\'s client reports', () => {
    expect(localeFor(program, { locale: 'en' })).toBe('en');
    expect(localeFor(program, { locale: 'sv' })).toBe('sv');
  });

  it('falls back to the program\'s language when the client says none', () => {
    expect(localeFor(program, {})).toBe('sv');
    const english = { ...program, program: { ...program.program, locale: 'en' as const } };
    expect(localeFor(english, { locale: undefined })).toBe('en');
  });
});
