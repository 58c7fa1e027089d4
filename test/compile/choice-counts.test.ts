import { choiceCounts } from '../../src/compile/choice-counts';

describe('choiceCounts', () => {
  it('counts and gives whole percentages in the program order, zeros included', () => {
    const chosen = ['Ja i viss mån', 'Ja i hög grad', 'Ja i viss mån', null, 'Ja i viss mån'];
    expect(choiceCounts(chosen, ['Ja i hög grad', 'Ja i viss mån', 'Nej'])).toEqual([
      { label: 'Ja i hög grad', count: 1, percent: 25 },
      { label: 'Ja i viss mån', count: 3, percent: 75 },
      { label: 'Nej', count: 0, percent: 0 },
    ]);
  });

  it('lists answers outside the program after it, most chosen first', () => {
    expect(choiceCounts(['b', 'x', 'y', 'y'], ['a', 'b']).map((o) => o.label)).toEqual(['a', 'b', 'y', 'x']);
  });

  it('gives 0 % when nobody chose', () => {
    expect(choiceCounts([], ['a'])).toEqual([{ label: 'a', count: 0, percent: 0 }]);
  });
});
