import { addInto, centroid, dot, dotDense, fromMap, norm, normalize, normalizeDense } from '../../src/compile/sparse-vector';

const v = (entries: [number, number][]) => fromMap(new Map(entries));

describe('sparse vectors', () => {
  it('are built sorted by index, without zeros', () => {
    const built = v([[5, 2], [1, 3], [3, 0]]);
    expect([...built.idx]).toEqual([1, 5]);
    expect([...built.val]).toEqual([3, 2]);
  });

  it('have a length, and normalise to length 1 (the zero vector stays as it is)', () => {
    expect(norm(v([[0, 3], [7, 4]]))).toBe(5);
    expect(norm(normalize(v([[0, 3], [7, 4]])))).toBeCloseTo(1, 12);
    expect(norm(normalize(v([])))).toBe(0);
  });

  it('multiply only where both have an index, sparse or dense', () => {
    const a = v([[1, 2], [4, 3], [9, 1]]);
    const b = v([[0, 5], [4, 2], [9, 10]]);
    expect(dot(a, b)).toBe(3 * 2 + 1 * 10);
    expect(dot(a, v([[2, 1]]))).toBe(0);
    const dense = new Float64Array(10).fill(1);
    expect(dotDense(a, dense)).toBe(6);
  });

  it('add into a dense array and find a unit centroid', () => {
    const dense = new Float64Array(3);
    addInto(dense, v([[0, 1], [2, 2]]), 2);
    expect([...dense]).toEqual([2, 0, 4]);
    expect([...normalizeDense(new Float64Array([3, 0, 4]))]).toEqual([0.6, 0, 0.8]);
    expect([...normalizeDense(new Float64Array(2))]).toEqual([0, 0]);
    const c = centroid([v([[0, 1]]), v([[1, 1]])], 2);
    expect(c[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(c[1]).toBeCloseTo(Math.SQRT1_2, 12);
    // No vectors: all zeros (the centre of an empty "Övrigt").
    expect([...centroid([], 2)]).toEqual([0, 0]);
  });
});
