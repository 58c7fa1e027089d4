import { networkLine, optionLine, percentBar } from '../../src/compile/count-words';

describe('percentBar', () => {
  it('fills one of 20 cells per 5 %, and stays 20 cells out of range', () => {
    expect(percentBar(0)).toBe('░'.repeat(20));
    expect(percentBar(50)).toBe(`${'█'.repeat(10)}${'░'.repeat(10)}`);
    expect(percentBar(100)).toBe('█'.repeat(20));
    expect(percentBar(150)).toBe('█'.repeat(20));
    expect(percentBar(-5)).toBe('░'.repeat(20));
  });
});

describe('optionLine and networkLine', () => {
  it('say a count in Swedish and English', () => {
    expect(optionLine({ label: 'Ja', count: 5, percent: 38 }, 'sv')).toBe('Ja: 5 (38 %)');
    const sv = networkLine({ network: 'eskilstuna', name: 'Eskilstuna', people: 4, replies: 6, minutes: 2 }, 'sv');
    expect(sv).toContain('Eskilstuna');
    expect(sv).toMatch(/4 personer.*6 svar.*2 gruppanteckningar/);
    expect(networkLine({ network: 'eskilstuna', name: 'Eskilstuna', people: 1, replies: 1, minutes: 0 }, 'en')).not.toBe(
      networkLine({ network: 'eskilstuna', name: 'Eskilstuna', people: 1, replies: 1, minutes: 0 }, 'sv'),
    );
  });
});
