import { pickQuotes, type QuoteCandidate, shorten } from '../../src/compile/pick-quotes';
import { fromMap, normalize } from '../../src/compile/sparse-vector';

const vec = (weights: Record<number, number>) => normalize(fromMap(new Map(Object.entries(weights).map(([k, v]) => [Number(k), v]))));
const centre = Float64Array.from([1, 0, 0, 0, 0, 0]);
const candidate = (over: Partial<QuoteCandidate> & { replyId: string }): QuoteCandidate => ({
  text: `Svar ${over.replyId}.`,
  role: 'anhorig',
  consent: true,
  vector: vec({ 0: 1 }),
  ...over,
});

describe('shorten', () => {
  it('keeps a short text whole, with its spaces tidied', () => {
    expect(shorten('  Avlösning  när\n det behövs 🙂 ')).toBe('Avlösning när det behövs 🙂');
    expect(shorten('')).toBe('');
  });

  it('cuts a long text at a sentence end, marking what was left out, in at most 280 characters', () => {
    const sentence = 'Avlösningen i hemmet har fungerat bra för oss under hela året som gått.';
    const long = `${sentence} `.repeat(10);
    const cut = shorten(long);
    expect(cut.endsWith('. […]')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(280);
    expect(long.startsWith(cut.slice(0, -' […]'.length))).toBe(true);
  });

  it('with a relevance, quotes the run of whole sentences most about the theme, marking each cut end', () => {
    const opening = 'Anteckningar från träffen i Katrineholm, där vi var tio personer och började med en kort runda om hur alla mår.';
    const respite = [
      'Avlösning var det som diskuterades mest.',
      'Anhöriga vill kunna boka avlösning med kort varsel.',
      'Avlösning i hemmet är gratis men få känner till den.',
    ];
    const closing = 'Till sist pratade vi om utbildning för personalen i hemtjänsten och på boendena, och om en halvdag under våren.';
    const text = [opening, ...respite, closing].join(' ');
    expect(text.length).toBeGreaterThan(280);
    const aboutRespite = (sentence: string) => (sentence.match(/avlösning/gi) ?? []).length;
    expect(shorten(text, aboutRespite)).toBe(`[…] ${respite.join(' ')} […]`);
    // Without one, the opening sentences.
    expect(shorten(text).startsWith(opening)).toBe(true);
    // A run that reaches the end has no closing mark.
    expect(shorten(text, (s) => (s === closing ? 1 : 0))).toBe(`[…] ${closing}`);
    // Ties take the earliest run.
    expect(shorten(text, (s) => (respite.includes(s) ? 1 : 0))).toBe(`[…] ${respite.join(' ')} […]`);
    expect(shorten(text, () => 0)).toBe(shorten(text));
  });

  it("quotes first where the text names the theme's heading, whatever is most like the rest", () => {
    const talks = [
      'Enskilda samtal med anhörigkonsulent ses som det mest individuella stödet.',
      'De kan ges i hemmet, per telefon eller på träffpunkten, och anhöriga väljer själva hur ofta.',
      'Flera anhöriga berättade att samtalen hjälpt dem att orka och att sätta gränser.',
    ];
    const lectures = 'Mer kollektiva stödformer är anhöriggrupper, anhörigcirklar och föreläsningar, som uppskattas för gemenskapen.';
    const text = ['Gruppen gav flera exempel.', ...talks, lectures, 'Till sist bestämde vi nästa träff.'].join(' ');
    const likeTheRest = (s: string) => (/individuella|träffpunkten|orka/.test(s) ? 2 : 0);
    // By likeness alone, the talks.
    expect(shorten(text, likeTheRest)).toBe(`[…] ${talks.join(' ')} […]`);
    // Under a heading on lectures, the sentence that names them, with what is most like the rest beside it.
    const cut = shorten(text, likeTheRest, (s) => s.includes('föreläsningar'));
    expect(cut).toContain(lectures);
    expect(cut.length).toBeLessThanOrEqual(280);
    // A heading no sentence names leaves the cut as it was.
    expect(shorten(text, likeTheRest, () => false)).toBe(shorten(text, likeTheRest));
  });

  it('cuts one endless sentence at the limit', () => {
    const cut = shorten('å'.repeat(5000));
    expect(cut).toBe(`${'å'.repeat(279)}…`);
    expect(shorten('å'.repeat(5000), () => 1)).toBe(cut);
  });
});

describe('pickQuotes', () => {
  it('quotes only replies whose authors consented, and never an empty one', () => {
    const quotes = pickQuotes(
      [candidate({ replyId: 'no', consent: false }), candidate({ replyId: 'blank', text: '   ' }), candidate({ replyId: 'yes', vector: vec({ 0: 1, 1: 0.5 }) })],
      centre,
    );
    expect(quotes.map((q) => q.replyId)).toEqual(['yes']);
  });

  it('takes at most three (or the count asked), nearest the centre first and unlike each other', () => {
    const near = candidate({ replyId: 'near', vector: vec({ 0: 0.9, 1: 0.436 }) });
    const twin = candidate({ replyId: 'twin', vector: vec({ 0: 0.9, 1: 0.436 }) });
    const aside = candidate({ replyId: 'aside', vector: vec({ 0: 0.85, 2: 0.527 }) });
    const far = candidate({ replyId: 'far', vector: vec({ 3: 1 }) });
    const quotes = pickQuotes([far, twin, aside, near], centre, 2);
    expect(quotes).toHaveLength(2);
    // The first is nearest the centre; the second is the one unlike it, not its twin.
    expect(['near', 'twin']).toContain(quotes[0]?.replyId);
    expect(quotes[1]?.replyId).toBe('aside');
    expect(pickQuotes(Array.from({ length: 10 }, (_, i) => candidate({ replyId: `r${i}`, vector: vec({ [i % 6]: 1, 0: 0.5 }) })), centre)).toHaveLength(3);
  });

  it('attributes by role alone, marks minutes, and shortens the text', () => {
    const [q] = pickQuotes([candidate({ replyId: 'm', role: null, minutes: true, text: `${'Lång mening om stöd. '.repeat(30)}` })], centre);
    expect(q).toMatchObject({ replyId: 'm', role: null, minutes: true });
    expect(q?.text.length).toBeLessThanOrEqual(281);
    expect(Object.keys(pickQuotes([candidate({ replyId: 'a' })], centre)[0] ?? {}).sort()).toEqual(['replyId', 'role', 'text']);
  });

  it('is empty for no candidates, and the same every run', () => {
    expect(pickQuotes([], centre)).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => candidate({ replyId: `r${i}`, vector: vec({ [i % 5]: 1, 5: (i % 7) / 7 }) }));
    expect(pickQuotes(many, centre)).toEqual(pickQuotes(many, centre));
  });
});
