import { DEFAULT_LOCALE, isLocale, LOCALES, translate, translator } from '../../src/i18n/translate';

describe('translate', () => {
  it('fill in placeholders and fall back to the key when one is missing', () => {
    expect(translate('en', 'cli.imported', { count: 3, file: 'a.jsonl' })).toBe('3 replies imported from a.jsonl.');
    expect(translate('sv', 'role.anhorig')).toBe('anhörig');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('take the singular form for a count of one where the catalogue has one', () => {
    expect(translate('sv', 'compile.minutesCount', { count: 1 })).toBe('1 gruppanteckning');
    expect(translate('sv', 'compile.minutesCount', { count: 2 })).toBe('2 gruppanteckningar');
    expect(translate('sv', 'compile.people', { count: 1 })).toBe('1 person');
    expect(translate('en', 'compile.replies', { count: 1 })).toBe('1 reply');
    expect(translate('en', 'compile.replies', { count: 0 })).toBe('0 replies');
    expect(translate('en', 'compile.partsMore', { count: 1 })).toBe('and 1 more part');
  });

  it('takes the plural form for a count given as text, and for a key without a singular form', () => {
    expect(translate('en', 'compile.replies', { count: '1' })).toBe('1 replies');
    expect(translate('en', 'compile.networksRaised', { count: 1, total: 3 })).toBe('1 of 3 networks');
  });

  it('leaves a placeholder it has no value for as written, and puts values in as plain text', () => {
    expect(translate('en', 'cli.imported', { count: 3 })).toBe('3 replies imported from {file}.');
    // Replacement patterns and markup in a value are text, never instructions.
    expect(translate('en', 'cli.imported', { count: 2, file: "$& $1 $' <b>x</b> 🙂" })).toBe("2 replies imported from $& $1 $' <b>x</b> 🙂.");
    const long = 'å'.repeat(10_000);
    expect(translate('sv', 'cli.unknownCommand', { command: long })).toContain(long);
  });

  it('gives the key for a key that names a group of messages or goes past a message', () => {
    expect(translate('en', 'cli')).toBe('cli');
    expect(translate('en', 'cli.usage.more')).toBe('cli.usage.more');
    expect(translate('en', '')).toBe('');
  });
});

describe('isLocale', () => {
  it('takes the two languages and nothing else', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale(DEFAULT_LOCALE)).toBe(true);
    for (const other of ['SV', 'en-GB', 'fr', '', undefined, null, 1, ['sv']]) expect(isLocale(other)).toBe(false);
  });
});

describe('translator', () => {
  it('translates in the language it was made for', () => {
    expect(translator('en')('role.anhorig')).toBe(translate('en', 'role.anhorig'));
    expect(translator('sv')('role.anhorig')).toBe('anhörig');
    expect(translator('en')('compile.replies', { count: 1 })).toBe('1 reply');
  });
});
