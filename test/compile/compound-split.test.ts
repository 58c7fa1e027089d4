import { CompoundSplitter, MAX_SPLIT_LENGTH } from '../../src/compile/compound-split';

describe('CompoundSplitter', () => {
  const splitter = new CompoundSplitter(['sekretess', 'vårdplanering', 'sjuksköterskan', 'stöd', 'plan', 'stödplan']);

  it('splits a compound into parts from the vocabulary, with a linking s', () => {
    expect(splitter.split('vårdplaneringssjuksköterskan')).toEqual(['vårdplanering', 'sjuksköterskan']);
  });

  it('allows an unknown inflected head after a long known part', () => {
    expect(splitter.split('sekretesslagstiftningen')).toEqual(['sekretess', 'lagstiftningen']);
  });

  it('does not split words that are not compounds of known words', () => {
    expect(splitter.split('kommunerna')).toEqual([]);
    expect(splitter.split('sekretess')).toEqual([]);
  });

  it('leaves words longer than any compound alone, even when made of known parts', () => {
    const run = 'abcdefghijklmnopqrstuvwxyzåäö'.repeat(104).slice(0, 3000);
    const hostile = new CompoundSplitter([run, run.slice(0, 10), run.slice(10, 20), 'sekretess', 'vårdplanering']);
    expect(hostile.split(run)).toEqual([]);
    expect(hostile.split(`${run}x`)).toEqual([]);
    expect(hostile.split('a'.repeat(3000))).toEqual([]);
    // Known parts side by side: split up to the bound, not past it.
    const long = `${'sekretess'.repeat(4)}vård`;
    expect(long.length).toBeLessThanOrEqual(MAX_SPLIT_LENGTH);
    expect(hostile.split(long)).toEqual(['sekretess', 'sekretess', 'sekretess', 'sekretess', 'vård']);
    expect(hostile.split(`${long}planering`)).toEqual([]);
    // Words of ordinary length are still split as before.
    expect(hostile.split('vårdplaneringssekretess')).toEqual(['vårdplanering', 'sekretess']);
  });
});
