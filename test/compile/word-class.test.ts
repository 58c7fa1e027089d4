import { stem } from '../../src/compile/swedish-stem';
import { tokenize } from '../../src/compile/tokenize';
import { WordClasses } from '../../src/compile/word-class';

const classesOf = (...texts: string[]) => WordClasses.of(texts.map((t) => ({ tokens: tokenize(t), language: 'sv' as const })));

describe('WordClasses', () => {
  it('reads a noun after a determiner or preposition, a verb after "att", a modal or a pronoun', () => {
    const c = classesOf('Vi vill ha en stödplan.', 'Med stödplanen kan vi följa upp.', 'Att använda den är svårt.', 'Jag använder den.');
    expect(c.nounLike(stem('stödplan'))).toBe(true);
    expect(c.nounLike(stem('använda'))).toBe(false);
    expect(c.verbLike(stem('använda'))).toBe(true);
  });

  it('reads "att" before a noun as "that", not as the infinitive marker ("tyckte att avlösning …")', () => {
    const c = classesOf('Gruppen tyckte att avlösning behövs.', 'Man lyfte fram att avlösning i hemmet är bäst.', 'Att avlösa är svårt.');
    expect(c.nounLike(stem('avlösning'))).toBe(true);
    expect(c.verbLike(stem('avlösa'))).toBe(true);
  });

  it('reads a verb placed before its subject, as Swedish main clauses do ("fick jag")', () => {
    const c = classesOf('Förra året fick jag avlösning.', 'Sedan fick vi hjälp.');
    expect(c.nounLike('fick')).toBe(false);
  });

  it('reads an adjective after a copula or a degree word', () => {
    const c = classesOf('Han blev sjuk i våras.', 'Hon är sjuk.', 'Det var väldigt sjukt.');
    expect(c.nounLike(stem('sjuk'))).toBe(false);
    expect(c.verbLike(stem('sjuk'))).toBe(false);
  });

  it('takes "de" before a word for the article, not a subject ("de lokala nätverken")', () => {
    const c = classesOf('Arbetet görs i de lokala nätverken.', 'De lokala grupperna träffas.');
    expect(c.verbLike(stem('lokala'))).toBe(false);
  });

  it('gives a word with no telling context the benefit of the doubt', () => {
    const c = classesOf('Avlösning.', 'Växelvård, dagverksamhet.');
    expect(c.nounLike(stem('avlösning'))).toBe(true);
    expect(c.nounLike(stem('okänt'))).toBe(true);
  });

  it('takes a phrase for a noun phrase only when it ends on a noun and does not start on a verb', () => {
    const c = classesOf('Vi behöva stöd.', 'Att behöva stöd är svårt.', 'Jag vill behöva mindre.', 'Ett stöd till alla.');
    expect(c.nounPhrase([stem('behöva'), stem('stöd')])).toBe(false);
    expect(c.nounPhrase([stem('stöd')])).toBe(true);
    expect(c.nounPhrase([])).toBe(false);
  });
});
