import { redactPhones } from '../../src/compile/redact-phones';

const r = (text: string) => redactPhones(text, '[telefon]');

describe('redactPhones', () => {
  it('takes out Swedish and international phone numbers however they are grouped', () => {
    expect(r('Ring mig på 070-123 45 67 i kväll.')).toBe('Ring mig på [telefon] i kväll.');
    expect(r('Nummer: 0701234567')).toBe('Nummer: [telefon]');
    expect(r('Växeln +46 8 123 456 78 svarar')).toBe('Växeln [telefon] svarar');
    expect(r('eller (08) 123 45 67')).toBe('eller [telefon]');
  });

  it('leaves dates, times, years, amounts and counts as they are', () => {
    const kept = ['Vi ses 2026-10-26 kl 13.00.', 'Öppet 9–16 varje dag', 'Sedan 2019 har jag', 'Det kostade 1 500 kr', 'Vi var 12 personer'];
    for (const text of kept) expect(r(text)).toBe(text);
  });

  it('takes out each of two numbers in one sentence and keeps the words between', () => {
    expect(r('070-111 22 33 eller 073-444 55 66')).toBe('[telefon] eller [telefon]');
  });
});
