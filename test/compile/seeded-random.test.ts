import { hashString, seededRandom } from '../../src/compile/seeded-random';

describe('hashString', () => {
  it('is stable, unsigned 32-bit, and tells close strings apart', () => {
    expect(hashString('delaktighet')).toBe(hashString('delaktighet'));
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c); // FNV-1a's published value for "a"
    expect(hashString('ab')).not.toBe(hashString('ba'));
    expect(hashString('x'.repeat(1000))).toBeGreaterThanOrEqual(0);
  });
});

describe('seededRandom', () => {
  it('repeats exactly from the same seed and differs from another', () => {
    const take = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const next = seededRandom(7);
    const values = Array.from({ length: 2000 }, () => next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
