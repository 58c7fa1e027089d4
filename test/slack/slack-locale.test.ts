import { slackLocale } from '../../src/slack/slack-locale';

describe('slackLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['en', 'en'],
    ['sv-SE', 'sv'],
    ['SV-se', 'sv'],
    ['sv', 'sv'],
  ])('takes %s as %s', (given, expected) => {
    expect(slackLocale(given)).toBe(expected);
  });

  it.each([undefined, null, '', 'de-DE', 'fi-FI', 'nb-NO', 'es-ES', ' en-US', '🌱'])('leaves %p to the program’s language', (given) => {
    expect(slackLocale(given)).toBeUndefined();
  });
});
