import { isIdentityNumber, luhnValid, redact } from '../../src/compile/redact';

const words = { personalNumber: 'personnummer', phone: 'telefonnummer', email: 'e-post', mention: 'omnämnande' };
const r = (s: string) => redact(s, words);

describe('redact', () => {
  it.each([
    ['121212-1212', 'short form with -'],
    ['121212+1212', 'short form with + (over 100 years)'],
    ['1212121212', 'short form without separator'],
    ['19121212-1212', 'with century and -'],
    ['191212121212', 'with century, no separator'],
    ['811228-9874', 'another valid number'],
    ['701063-2391', 'samordningsnummer (day + 60)'],
    ['19701063-2391', 'samordningsnummer with century'],
  ])('redacts the valid personal number %s (%s)', (number) => {
    expect(r(`Mitt nummer är ${number}, ring mig.`)).toBe('Mitt nummer är [personnummer], ring mig.');
  });

  it.each(['811228-9875', '121212-1213', '19121212-1213', '8112289875'])(
    'leaves %s alone: its checksum is wrong',
    (number) => {
      expect(r(`Nummer ${number} här`)).toBe(`Nummer ${number} här`);
    },
  );

  it('checks month and day, not only the checksum', () => {
    expect(luhnValid('1213121210')).toBe(luhnValid('1213121210'));
    expect(isIdentityNumber('121312', '1210')).toBe(false); // month 13
    expect(isIdentityNumber('121212', '1212')).toBe(true);
  });

  it.each([
    'Ring 070-123 45 67.',
    'Ring 0701234567.',
    'Ring 08-123 456 78.',
    'Ring 031-12 34 56.',
    'Ring +46 70 123 45 67.',
    'Ring +46 (0)70-123 45 67.',
    'Ring 0046 8 123 456 78.',
    'Ring +1 (555) 123-4567.',
    'Ring +44 20 7946 0958.',
  ])('redacts the phone number in "%s"', (text) => {
    expect(r(text)).toBe('Ring [telefonnummer].');
  });

  it('leaves years, ranges and ordinary numbers alone', () => {
    const text = 'Programmet gäller 2021–2024 och 2021-2024, sid 33 i Ds 2008:18, 10 kommuner, kl 10-12.';
    expect(r(text)).toBe(text);
  });

  it('redacts e-mail addresses', () => {
    expect(r('Skriv till anna.berg@kommun.se eller x+y@nka.example.org.')).toBe(
      'Skriv till [e-post] eller [e-post].',
    );
  });

  it('redacts Slack and Teams mentions', () => {
    expect(r('Hej <@U123ABC> och <@W9|anna>, se <!channel> <!here> <!everyone> <!subteam^S1|@team>')).toBe(
      'Hej [omnämnande] och [omnämnande], se [omnämnande] [omnämnande] [omnämnande] [omnämnande]',
    );
    expect(r('Tack <at>Anna Berg</at>! @here')).toBe('Tack [omnämnande]! [omnämnande]');
  });
});
