import { RUN, VerbatimGuard } from '../../src/compile/verbatim-guard';

describe('VerbatimGuard', () => {
  const guard = new VerbatimGuard([
    'Min man vill inte åka dit och då blir det ingen växelvård.',
    'Avlösningen fungerar inte alls.',
    'Nej tack',
  ]);

  it(`finds ${RUN} protected words in a row, whatever the case and punctuation around them`, () => {
    expect(guard.leaks('Min man vill inte åka dit och då blir det ingen växelvård.')).toBe(true);
    expect(guard.leaks('Gruppen sa: "min MAN vill inte åka" till korttids.')).toBe(true);
    expect(guard.leaks('Då blir det ingen växelvård, säger flera.')).toBe(true);
  });

  it('lets shared short phrases through: a theme may name what several replies say', () => {
    expect(guard.leaks('I svaren återkommer växelvård och avlösning.')).toBe(false);
    expect(guard.leaks('Min man vill inte.')).toBe(false);
  });

  it('protects a whole short reply of three words or more', () => {
    expect(guard.leaks('Flera sa att avlösningen fungerar inte alls i dag.')).toBe(true);
    // Two words are a phrase anyone may use.
    expect(guard.leaks('Nej tack till mer papper.')).toBe(false);
  });

  it('is empty when everyone consented', () => {
    expect(new VerbatimGuard([]).empty).toBe(true);
    expect(guard.empty).toBe(false);
  });
});
