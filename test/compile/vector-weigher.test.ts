import { dot } from '../../src/compile/sparse-vector';
import { BLOCK_WEIGHT, type FeatureSpace, VectorWeigher } from '../../src/compile/vector-weigher';

// Features 0-1 are word stems ('w', block 0), 2 a gram ('g', block 2); 3 a stem and 4 a gram seen in one text only (no dimension).
const space: FeatureSpace = { featureBlock: [0, 0, 2, 0, 2], featureDim: [1, 0, 2, -1, -1], idf: [1, 2, 0.5], rareIdf: 3 };
const raw = (ids: number[], counts: number[]) => ({ ids: Int32Array.from(ids), counts: Float64Array.from(counts) });

describe('VectorWeigher', () => {
  it('weighs counts by IDF into a unit vector with sorted dimensions', () => {
    const w = new VectorWeigher();
    w.resize(3);
    const v = w.weigh(raw([0, 1], [1, 1]), space);
    expect([...v.idx]).toEqual([0, 1]);
    // Dimension 0 is feature 1 (idf 1 there), dimension 1 is feature 0 (idf 2): 1:2 whatever the length.
    expect((v.val[0] ?? 0) / (v.val[1] ?? 1)).toBeCloseTo(0.5);
    expect(dot(v, v)).toBeCloseTo(1);
  });

  it('gives each block its weight, whatever its size', () => {
    const w = new VectorWeigher();
    w.resize(3);
    const v = w.weigh(raw([0, 2], [5, 1]), space);
    const word = v.val[v.idx.indexOf(1)] ?? 0;
    const gram = v.val[v.idx.indexOf(2)] ?? 0;
    expect(word / gram).toBeCloseTo(BLOCK_WEIGHT.w / BLOCK_WEIGHT.g);
  });

  it("counts a stem of one text in a vector's length, and a gram of one text only in a new text's", () => {
    const w = new VectorWeigher();
    w.resize(3);
    const alone = w.weigh(raw([0], [1]), space);
    const rareStem = w.weigh(raw([0, 3], [1, 1]), space);
    const rareGram = w.weigh(raw([0, 4], [1, 1]), space);
    const rareGramNew = w.weigh(raw([0, 4], [1, 1]), space, true);
    expect([...rareStem.idx]).toEqual([1]);
    expect(dot(alone, alone)).toBeCloseTo(1);
    expect(dot(rareStem, rareStem)).toBeLessThan(1);
    expect(dot(rareGram, rareGram)).toBeCloseTo(1);
    expect(dot(rareGramNew, rareGramNew)).toBeLessThan(1);
  });
});
