import { TypedArena } from '../../src/compile/typed-arena';

describe('TypedArena', () => {
  it('hands out zeroed arrays of the sizes asked for that do not overlap', () => {
    const arena = new TypedArena();
    const a = arena.int32(3);
    const b = arena.int32(2);
    const x = arena.float64(4);
    expect([a.length, b.length, x.length]).toEqual([3, 2, 4]);
    expect([...a, ...b, ...x]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    a.fill(7);
    x.fill(0.5);
    expect([...b]).toEqual([0, 0]);
    b.set([1, 2]);
    expect([...a]).toEqual([7, 7, 7]);
    expect([...x]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('gives arrays larger than a block, and goes on in a new block once one is full', () => {
    const arena = new TypedArena();
    const big = arena.int32(100_000);
    big.fill(1);
    const next = arena.int32(40_000);
    const after = arena.int32(40_000);
    expect(big.length).toBe(100_000);
    expect(next.every((v) => v === 0) && after.every((v) => v === 0)).toBe(true);
    next.fill(2);
    expect(after.every((v) => v === 0)).toBe(true);
    expect(big.every((v) => v === 1)).toBe(true);
    const floats = arena.float64(70_000);
    floats.fill(3);
    expect(arena.float64(1)[0]).toBe(0);
  });
});
