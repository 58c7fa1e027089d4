import { CompoundSplitter } from '../../src/compile/compound-split';

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
});
