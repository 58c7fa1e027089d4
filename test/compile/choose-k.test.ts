import { agglomerate, similarityMatrix } from '../../src/compile/agglomerate';
import { calinskiHarabasz, chooseK } from '../../src/compile/choose-k';
import { dropOutliers } from '../../src/compile/drop-outliers';
import { analyse, Vectorizer } from '../../src/compile/vectorize';
import { ODD, TOPICS } from './fixtures';

function ari(a: readonly string[], b: readonly number[]): number {
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const ca = new Map<string, number>();
  const cb = new Map<number, number>();
  a.forEach((x, i) => {
    const y = b[i] ?? -1;
    cells.set(`${x}|${y}`, (cells.get(`${x}|${y}`) ?? 0) + 1);
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
  });
  let s = 0;
  for (const v of cells.values()) s += c2(v);
  let sa = 0;
  for (const v of ca.values()) sa += c2(v);
  let sb = 0;
  for (const v of cb.values()) sb += c2(v);
  const expected = (sa * sb) / c2(a.length);
  return (s - expected) / ((sa + sb) / 2 - expected);
}

describe('chooseK', () => {
  const entries = Object.entries(TOPICS).flatMap(([topic, texts]) => texts.map((text) => ({ topic, text })));
  const vectors = new Vectorizer().fit(entries.map((e) => analyse(e.text)));
  const n = vectors.length;
  const sim = similarityMatrix(vectors);

  it('finds the three topics of a synthetic round', () => {
    const { k, labels } = chooseK(sim, n, agglomerate(sim, n), 2, 12);
    expect(k).toBe(3);
    expect(ari(entries.map((e) => e.topic), labels)).toBeGreaterThan(0.8);
  });

  it('scores the true partition above a scrambled one', () => {
    const truth = entries.map((e) => Object.keys(TOPICS).indexOf(e.topic));
    const scrambled = truth.map((_, i) => i % 3);
    expect(calinskiHarabasz(sim, n, truth)).toBeGreaterThan(calinskiHarabasz(sim, n, scrambled));
  });

  it('keeps one theme when there are too few replies to split', () => {
    const few = sim.slice(0, 9);
    expect(chooseK(few, 3, [], 2, 12).k).toBe(1);
  });
});

describe('dropOutliers', () => {
  it('takes out what shares nothing with its cluster and keeps the rest', () => {
    const texts = [...(TOPICS.avlosning ?? []), ...ODD];
    const vectors = new Vectorizer().fit(texts.map(analyse));
    const sim = similarityMatrix(vectors);
    const labels = dropOutliers(sim, texts.length, texts.map(() => 0));
    expect(labels.slice(-ODD.length)).toEqual(ODD.map(() => -1));
    expect(labels.slice(0, -ODD.length).every((l) => l === 0)).toBe(true);
  });
});
