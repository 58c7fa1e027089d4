import { isIdentityNumber, luhnValid, redact } from '../../src/compile/redact';

const words = { personalNumber: 'personnummer', phone: 'telefonnummer', email: 'e-post', mention: 'omnämnande', name: 'namn' };
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

describe('redact: personal identity numbers as people write them', () => {
  it.each([
    ['811218–9876', 'an en dash'],
    ['811218‑9876', 'a non-breaking hyphen'],
    ['811218−9876', 'a minus sign'],
    ['8112 18-9876', 'a space inside the date'],
    ['19811218–9876', 'a century and an en dash'],
  ])('redacts %s (%s)', (number) => {
    expect(r(`Hans nummer är ${number}.`)).toBe('Hans nummer är [personnummer].');
  });

  it.each([
    ['pnr-811218-9876', 'pnr-[personnummer]'],
    ['pnr:811218-9876', 'pnr:[personnummer]'],
    ['pnr: 811218-9876', 'pnr: [personnummer]'],
    ['personnr 811218-9876', 'personnr [personnummer]'],
    ['personnummer 8112189876', 'personnummer [personnummer]'],
  ])('redacts a number after a prefix: %s', (text, expected) => {
    expect(r(`Ange ${text} i ansökan.`)).toBe(`Ange ${expected} i ansökan.`);
  });

  it('redacts a number with a wrong checksum when a prefix says what it is', () => {
    expect(r('pnr 811218-9875')).toBe('pnr [personnummer]');
    expect(r('Nummer 811218-9875')).toBe('Nummer 811218-9875');
  });
});

describe('redact: phone numbers', () => {
  it.each([
    'Ring 070 - 123 45 67.',
    'Ring (070) 123 45 67.',
    'Ring 070.123.45.67.',
    'Ring +46 70–123 45 67.',
    'Ring 46701234567.',
    'Ring 070–123 45 67.',
    'Ring 0771-123 456.',
  ])('redacts the phone number in "%s"', (text) => {
    expect(r(text)).toBe('Ring [telefonnummer].');
  });

  it('redacts two numbers side by side and stops at the number', () => {
    expect(r('Ring 070-123 45 67 08-123 456 78 i kväll.')).toBe('Ring [telefonnummer] [telefonnummer] i kväll.');
    expect(r('Ring 070-123 45 67/08-123 456 78.')).toBe('Ring [telefonnummer]/[telefonnummer].');
    expect(r('Ring 0701234567 2 gånger.')).toBe('Ring [telefonnummer] 2 gånger.');
  });

  it.each([
    'Åren 2021–2024 och 2021-2024.',
    'Träffen är 2026-12-03 eller 3/12.',
    'Kl. 13:00–15:00 och 06.30-07.00 och 08.00 - 09.30.',
    'Datum: 03.12.2026 och 0601-0612.',
    'Det kostar 1 500 kr, 25 % av 4 000 kr.',
    '10 av 12 svarade, 0 av 3 hörde av sig.',
    'Skala 0 1 2 3 4 5 6 7 8 9 10.',
  ])('leaves "%s" alone', (text) => {
    expect(r(text)).toBe(text);
  });
});

describe('redact: mentions with a display name', () => {
  it('leaves no trace of the name', () => {
    expect(r('Tack <@U123|Per Andersson> och <@W123ABC|per.andersson>!')).toBe('Tack [omnämnande] och [omnämnande]!');
    expect(r('Hej <at>Per Andersson</at>, tack.')).toBe('Hej [omnämnande], tack.');
  });
});

describe('redact: names', () => {
  it('uses the locale word', () => {
    expect(redact('My wife Sara', { ...words, name: 'name' })).toBe('My wife [name]');
  });
});

describe('redact: a second pass changes nothing', () => {
  const samples = [
    'Min man Per Andersson (811218-9876, 070-123 45 67, per@example.se) <@U1|Per>',
    'Anna [namn] Per [telefonnummer] 0701234567 [personnummer]-1212',
    'pnr-811218-9876 +46 70 123 45 67 08-123 456 78 070-123 45 67 8',
    '<at>Sara</at> <@U123|Sara Lind> @here Andersson. Per dag.',
    'a@b.se@c.se 0046 8 123 456 78 00 12 34 56 78',
  ];
  it.each(samples)('is idempotent on "%s"', (text) => {
    const once = r(text);
    expect(r(once)).toBe(once);
  });

  it('is idempotent on random mixtures of data and placeholders', () => {
    const parts = [
      ' ', '  ', '. ', ', ', '-', '–', '.', '/', '(', ')', '+', '@', '<@U1|', '>', '<at>', '</at>', ':',
      '0', '07', '070', '123', '45', '67', '46', '811218', '9876', '1212', '8112 18',
      'Per', 'Anna', 'Andersson', 'min', 'man', 'maken', 'heter', 'Eskilstuna', 'dag', 'a', 'se', 'pnr',
      '[namn]', '[telefonnummer]', '[personnummer]', '[e-post]', '[omnämnande]',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 3000; n += 1) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k += 1) text += parts[Math.floor(next() * parts.length)];
      const once = r(text);
      expect([text, r(once)]).toEqual([text, once]);
    }
  });
});

describe('redact: hostile input of 100,000 characters', () => {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  /** What is left when every placeholder and space is taken out. */
  const rest = (s: string) => s.replace(/\[(?:namn|telefonnummer|personnummer|e-post|omnämnande)\]| /g, '');

  it.each([
    ['letters', fill('a')],
    ['a capitalised word', `A${fill('a').slice(1)}`],
    ['dots', fill('a.')],
    ['dots alone', fill('.')],
    ['digits', fill('1')],
    ['digits with dashes', fill('1-')],
    ['digits with spaces', fill('12 ')],
    ['digits with dots', fill('1.')],
    ['at signs in words', fill('aaaa@aaaa')],
    ['at signs', fill('@')],
    ['mention openings', fill('<@')],
    ['mention ids', fill('<@U')],
    ['subteam openings', fill('<!subteam^|')],
    ['Teams openings', fill('<at>')],
    ['country codes', fill('+46')],
    ['country codes with spaces', fill('+46 ')],
    ['zeros', fill('0')],
    ['e-mail characters', fill('a.b-c_d%e+')],
  ])('leaves %s unchanged', (_what, text) => {
    expect(r(text)).toBe(text);
  });

  it.each([
    ['phone numbers', fill('0701234567 '), /^$/],
    ['identity numbers', fill('811218-9876 '), /^[0-9-]{0,11}$/],
    ['names', fill('Per Andersson '), /^[A-Za-z]{0,14}$/],
    ['unclosed mentions with a name', fill('<@U1|Per '), /^[<@U1|]*$/],
    ['e-mail addresses', fill('anna.berg@kommun.se '), /^[a-z.@]{0,20}$/],
  ])('redacts every one of a run of %s', (_what, text, left) => {
    expect(rest(r(text))).toMatch(left);
  });
});
