import { mmr } from '../../src/compile/mmr';

// Points on a line: relevance is closeness to 0, similarity is closeness to each other.
const relevance = (x: number) => 1 - Math.abs(x) / 10;
const similarity = (a: number, b: number) => 1 - Math.abs(a - b) / 10;

describe('mmr', () => {
  it('takes the most relevant first, then one unlike it over a near twin', () => {
    // 0 and 0.1 say nearly the same; 3 is less relevant but different.
    expect(mmr([3, 0.1, 0], relevance, similarity, 2, 0.5)).toEqual([0, 3]);
  });

  it('with lambda 1 ranks by relevance alone', () => {
    expect(mmr([3, 0.1, 0, 5], relevance, similarity, 3, 1)).toEqual([0, 0.1, 3]);
  });

  it('returns at most count items, and all when there are fewer, without changing the input', () => {
    const input = [2, 1];
    expect(mmr(input, relevance, similarity, 5)).toHaveLength(2);
    expect(mmr(input, relevance, similarity, 0)).toEqual([]);
    expect(input).toEqual([2, 1]);
  });
});
