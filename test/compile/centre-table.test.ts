import { CentreTable } from '../../src/compile/centre-table';
import { dotDense, type SparseVector } from '../../src/compile/sparse-vector';

const vector = (idx: number[], val: number[]): SparseVector => ({ idx: Int32Array.from(idx), val: Float64Array.from(val) });

describe('CentreTable', () => {
  const centres = [Float64Array.from([0.1, 0.2, 0.3, 0]), Float64Array.from([0.3, 0, 0.1, 0.7]), Float64Array.from([0.3, 0, 0.1, 0.7])];
  const table = new CentreTable(centres, 4);

  it('finds the centre with the largest dot product, with the very number dotDense gives', () => {
    const v = vector([0, 2, 3], [0.123, 0.456, 0.789]);
    expect(table.nearest(v)).toEqual({ index: 1, sim: dotDense(v, centres[1] as Float64Array) });
    const w = vector([1, 2], [0.9, 0.1]);
    expect(table.nearest(w)).toEqual({ index: 0, sim: dotDense(w, centres[0] as Float64Array) });
  });

  it('keeps the first of equal centres, and gives none without centres', () => {
    expect(table.nearest(vector([3], [1])).index).toBe(1);
    expect(new CentreTable([], 4).nearest(vector([0], [1]))).toEqual({ index: -1, sim: -Infinity });
  });

  it('reads a centre shorter than the space as zeros past its end', () => {
    const short = new CentreTable([Float64Array.from([1]), Float64Array.from([0, 0.5])], 2);
    expect(short.nearest(vector([1], [1]))).toEqual({ index: 1, sim: 0.5 });
    expect(short.nearest(vector([0, 1], [0.2, 0.1]))).toEqual({ index: 0, sim: 0.2 });
  });
});
