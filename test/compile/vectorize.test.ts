import { dot } from '../../src/compile/sparse-vector';
import { analyse, Vectorizer } from '../../src/compile/vectorize';

describe('Vectorizer', () => {
  const texts = [
    'Sekretesslagstiftningen gör det svårt att dela uppgifter.',
    'Sekretessen hindrar oss ofta.',
    'Vårdplaneringssjuksköterskan ringer hem till familjen.',
    'Vårdplaneringen sker på sjukhuset.',
    'Fika och promenader i grupp på fredagar.',
    'Vi har en promenadgrupp och en fikagrupp.',
  ];
  const v = new Vectorizer();
  const vectors = v.fit(texts.map(analyse));
  const sim = (i: number, j: number) => {
    const a = vectors[i];
    const b = vectors[j];
    if (!a || !b) throw new Error('missing vector');
    return dot(a, b);
  };

  it('makes compounds meet their parts', () => {
    expect(sim(0, 1)).toBeGreaterThan(0.1);
    expect(sim(2, 3)).toBeGreaterThan(0.1);
  });

  it('keeps unrelated replies apart', () => {
    expect(sim(0, 1)).toBeGreaterThan(sim(0, 3));
    expect(sim(2, 3)).toBeGreaterThan(sim(2, 4));
    expect(sim(0, 4)).toBeLessThan(0.05);
  });

  it('gives vectors no longer than one', () => {
    const a = vectors[0];
    if (!a) throw new Error('missing vector');
    expect(dot(a, a)).toBeLessThanOrEqual(1 + 1e-9);
    expect(dot(a, a)).toBeGreaterThan(0.1);
  });
});
