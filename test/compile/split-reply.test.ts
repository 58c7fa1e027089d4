import { SPLIT_ABOVE_WORDS, splitReply } from '../../src/compile/split-reply';

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const sentence = (i: number) => `Mening ${i} handlar om avlösning och stöd till anhöriga i kommunen.`;

describe('splitReply', () => {
  it('keeps a short reply whole', () => {
    const text = 'Avlösning i hemmet och en samtalsgrupp.';
    expect(splitReply(text)).toEqual([text]);
  });

  it('cuts long minutes at paragraphs, and a long paragraph between sentences', () => {
    const paragraph = (from: number) => Array.from({ length: 8 }, (_, i) => sentence(from + i)).join(' ');
    const long = Array.from({ length: 30 }, (_, i) => sentence(100 + i)).join(' ');
    const text = [paragraph(0), paragraph(10), long].join('\n\n');
    const parts = splitReply(text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts[0]).toBe(paragraph(0));
    for (const p of parts) expect(words(p)).toBeLessThanOrEqual(110);
    // Nothing is lost or repeated.
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('joins short pieces to the one before, so a part always says something', () => {
    // List items of 22 words: too short alone, so each part is two of them.
    const text = Array.from({ length: 40 }, (_, i) => `- ${sentence(2 * i)} ${sentence(2 * i + 1)}`).join('\n');
    const parts = splitReply(text);
    expect(parts.map(words)).toEqual(Array.from({ length: 20 }, () => 44));
  });

  it('handles thousands of one-word paragraphs and list items as one part (linear work)', () => {
    const paragraphs = 'ord\n\n'.repeat(20_000);
    expect(words(paragraphs)).toBeGreaterThan(SPLIT_ABOVE_WORDS);
    const [one, ...rest] = splitReply(paragraphs);
    expect(rest).toEqual([]);
    expect(words(one ?? '')).toBe(20_000);
    const bullets = '\n- ord'.repeat(20_000);
    expect(splitReply(bullets).map(words)).toEqual([20_000]);
  });

  it('cuts a 3,000-word sentence-free run only where there is a seam', () => {
    const run = 'ord '.repeat(3000).trim();
    expect(splitReply(run)).toEqual([run]);
  });
});
