import { ACTION_IDS, encodeActionValue, parseActionValue } from '../../src/slack/action-value';

describe('encodeActionValue and parseActionValue', () => {
  it('round-trip a button value, names with emoji and markup included, within Slack’s 2,000 characters', () => {
    const value = { program: 'anhörig-2026 🌱', round: 3, network: '<!channel> *eskilstuna*' };
    const raw = encodeActionValue(value);
    expect(raw.length).toBeLessThanOrEqual(2000);
    expect(parseActionValue(raw)).toEqual(value);
  });

  it('writes only the three fields, whatever else the object carries', () => {
    const raw = encodeActionValue({ program: 'p', round: 1, network: 'n', extra: 'x' } as never);
    expect(JSON.parse(raw)).toEqual({ program: 'p', round: 1, network: 'n' });
  });

  it.each([
    ['not a string', { program: 'p', round: 1, network: 'n' }],
    ['undefined', undefined],
    ['empty', ''],
    ['not JSON', 'lnb_answer'],
    ['JSON null', 'null'],
    ['an array', '["p",1,"n"]'],
    ['a round of 0', '{"program":"p","round":0,"network":"n"}'],
    ['a round as text', '{"program":"p","round":"1","network":"n"}'],
    ['a fractional round', '{"program":"p","round":1.5,"network":"n"}'],
    ['an empty network', '{"program":"p","round":1,"network":""}'],
    ['a missing program', '{"round":1,"network":"n"}'],
    ['an extra field', '{"program":"p","round":1,"network":"n","user":"U0COORD"}'],
    ['a program over 200 characters', JSON.stringify({ program: 'p'.repeat(201), round: 1, network: 'n' })],
    ['a network over 200 characters', JSON.stringify({ program: 'p', round: 1, network: 'n'.repeat(201) })],
  ])('refuses a value that is %s', (_, raw) => {
    expect(parseActionValue(raw)).toBeUndefined();
  });

  it('takes names of exactly 200 characters', () => {
    const value = { program: 'p'.repeat(200), round: 1, network: 'n'.repeat(200) };
    expect(parseActionValue(JSON.stringify(value))).toEqual(value);
  });

  it('names the two buttons by distinct action ids', () => {
    expect(new Set(Object.values(ACTION_IDS)).size).toBe(2);
    expect(Object.keys(ACTION_IDS).sort()).toEqual(['answer', 'minutes']);
  });
});
