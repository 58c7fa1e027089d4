import { joinParts, splitText } from '../../src/core/text-parts';

describe('splitText and joinParts', () => {
  const paragraph = (n: number) => `Stycke ${n}: ${'anhöriga behöver stöd som passar dem '.repeat(30).trim()}.`;

  it('cut where a paragraph, line or word ends, every part within the size, and put together give the text back', () => {
    const minutes = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const parts = splitText(minutes, 3000);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(3000);
    // Each part but the last ends where a paragraph did.
    for (const p of parts.slice(0, -1)) expect(p).toMatch(/\.\n\n$/);
    expect(parts.join('')).toBe(minutes);
    expect(joinParts(parts)).toBe(minutes);
    // One long line: cut between words.
    const line = 'ord '.repeat(1000).trim();
    const words = splitText(line, 3000);
    expect(words.map((p) => p.length)).toEqual([3000, 999]);
    expect(words[0]).toMatch(/ $/);
    expect(joinParts(words)).toBe(line);
    // No break at all: cut at the size, nothing lost.
    expect(splitText('x'.repeat(7000), 3000).map((p) => p.length)).toEqual([3000, 3000, 1000]);
    expect(splitText('kort', 3000)).toEqual(['kort']);
  });

  it('join boxes typed apart with a blank line between, leaving out the empty ones', () => {
    expect(joinParts(['Vi talade om avlösning.', null, 'Och om anhörigcafé.'])).toBe('Vi talade om avlösning.\n\nOch om anhörigcafé.');
    expect(joinParts(['Vi talade om', '', '   '])).toBe('Vi talade om');
    expect(joinParts(['', ''])).toBe('');
    expect(joinParts([null, undefined])).toBeNull();
  });
});
