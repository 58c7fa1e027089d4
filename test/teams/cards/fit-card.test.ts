import { type AdaptiveCard, adaptiveCard } from '../../../src/teams/cards/adaptive-card';
import { fitCard, fitsInTeams, MAX_CARD_BYTES } from '../../../src/teams/cards/fit-card';

const card = (...texts: string[]): AdaptiveCard => adaptiveCard(texts.map((text) => ({ type: 'TextBlock', text, wrap: true })));
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');
const textsOf = (c: AdaptiveCard) => c.body.map((b) => String((b as { text?: unknown }).text ?? ''));

describe('fitCard', () => {
  it('returns a card that fits as it is', () => {
    const small = card('Hej', 'Vad behöver anhöriga?');
    expect(fitCard(small, 'Resten finns i formuläret.')).toBe(small);
  });

  it('shortens the longest texts until the card fits, and says where the rest is', () => {
    const fitted = fitCard(card('a'.repeat(20_000), 'b'.repeat(15_000), 'kort'), 'Resten finns sparat.');
    expect(fitsInTeams(fitted)).toBe(true);
    const [a, b, short, note] = textsOf(fitted);
    // The longest is halved first (20,000 to 10,000), which is enough here.
    expect(a).toBe(`${'a'.repeat(10_000)}…`);
    expect(b).toBe('b'.repeat(15_000));
    expect(short).toBe('kort');
    expect(note).toContain('Resten finns sparat.');
  });

  it('counts characters, not UTF-16 units: 10,000 emoji are shortened (halving by .length kept them all, forever)', () => {
    const emoji = '😀'.repeat(10_000);
    const fitted = fitCard(card(emoji), 'Resten finns sparat.');
    expect(bytes(fitted)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const [shown] = textsOf(fitted);
    expect(shown?.endsWith('…')).toBe(true);
    // Whole emoji only: no half of a surrogate pair is left before the ellipsis.
    expect([...(shown ?? '')].slice(0, -1).every((ch) => ch === '😀')).toBe(true);
  });

  it('stops when nothing more can be shortened, however many texts there are', () => {
    // 121 characters each: one over a line's worth, where cutting to 120 and adding "…" gains nothing.
    const many = Array.from({ length: 400 }, (_, i) => `${String(i).padStart(3, '0')}${'ö'.repeat(118)}`);
    const fitted = fitCard(card(...many), 'Resten finns sparat.');
    expect(fitsInTeams(fitted)).toBe(false);
    expect(textsOf(fitted).slice(0, 400)).toEqual(many);
  });
});
