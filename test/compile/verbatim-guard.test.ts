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

  it('finds no run across the end of one protected text and the start of the next', () => {
    const two = new VerbatimGuard(['Ett två tre fyra fem sex', 'sju åtta nio tio elva']);
    expect(two.leaks('fem sex sju åtta nio')).toBe(false);
    expect(two.leaks('två tre fyra fem sex')).toBe(true);
    expect(two.leaks('sju åtta nio tio elva')).toBe(true);
  });

  it('finds a run that several protected texts share, and runs beside it', () => {
    const shared = 'det blir ingen växelvård i år';
    const many = new VerbatimGuard([shared, `Ja ${shared}`, `${shared} heller`]);
    expect(many.leaks('Nu blir ingen växelvård i år.')).toBe(true);
    expect(many.leaks('ja det blir ingen växelvård')).toBe(true);
    expect(many.leaks('ingen växelvård i år heller')).toBe(true);
    expect(many.leaks('ingen växelvård i år alls')).toBe(false);
  });

  it('is empty when everyone consented', () => {
    expect(new VerbatimGuard([]).empty).toBe(true);
    expect(guard.empty).toBe(false);
  });
});
