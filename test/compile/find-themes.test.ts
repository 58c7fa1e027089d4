import { compileRound } from '../../src/compile/compile-round';
import { findThemes } from '../../src/compile/find-themes';
import { namedThemes } from '../../src/compile/guide-themes';
import type { CompileReply } from '../../src/compile/types';
import { analyse, Vectorizer } from '../../src/compile/vectorize';
import { program, TOPICS } from './fixtures';

/** A fourth topic beside the fixtures' three: no expected theme speaks of it. */
const INFORMATION = [
  'Information om anhörigstöd behöver finnas på kommunens hemsida.',
  'Många anhöriga vet inte vilket stöd som finns, informationen når inte fram.',
  'Broschyrer på vårdcentralen är ett bra sätt att sprida information.',
  'Information på flera språk efterfrågas av anhöriga.',
  'Informationen om stödet måste bli tydligare för anhöriga.',
  'Vi informerar om anhörigstödet på träffpunkter och i föreningar.',
];

function replies(): (CompileReply & { topic: string })[] {
  const topics = { ...TOPICS, information: INFORMATION };
  return Object.entries(topics).flatMap(([topic, texts]) =>
    texts.map((text, i) => ({
      id: `${topic}-${i}`,
      question: 'q1',
      text,
      network: ['nord', 'syd', 'vast'][i % 3],
      role: 'anhorig',
      consent: true,
      topic,
    })),
  );
}

/** Adjusted Rand index of two labellings. */
function ari(a: readonly string[], b: readonly string[]): number {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const cells = count(a.map((x, i) => `${x}\u0000${b[i]}`));
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + c2(v), 0);
  const [index, sa, sb] = [sum(cells), sum(count(a)), sum(count(b))];
  const expected = (sa * sb) / c2(a.length);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

const themeLabels = (c: ReturnType<typeof compileRound>, rs: readonly { id: string }[]) =>
  rs.map((r) => c.questions[0]?.themes.find((t) => t.replyIds.includes(r.id))?.id ?? 'none');

describe('guided themes are hints', () => {
  const rs = replies();
  // A coordinator's list: one theme the round speaks of, two it does not,
  // worded with the round's everyday words ("anhöriga", "stöd").
  const expected = program([
    { label: 'Avlösning' },
    { label: 'Anhörigas hälsa' },
    { label: 'Ekonomiskt stöd till anhöriga' },
  ]);

  it('files no reply under an expected theme it does not speak of', () => {
    const c = compileRound({ replies: rs, program: expected, round: 1, locale: 'sv' });
    const themes = c.questions.find((q) => q.questionId === 'q1')?.themes ?? [];
    for (const t of themes.filter((x) => x.guided)) {
      const topics = new Set(t.replyIds.map((id) => rs.find((r) => r.id === id)?.topic));
      expect([...topics]).toEqual(['avlosning']);
    }
    const avlosning = themes.find((t) => t.label === 'Avlösning');
    expect(avlosning?.guided).toBe(true);
    expect(avlosning?.replyIds).toEqual(expect.arrayContaining(rs.filter((r) => r.topic === 'avlosning').map((r) => r.id)));
    expect(themes.map((t) => t.label)).not.toContain('Anhörigas hälsa');
  });

  it('groups no worse than naming no theme at all', () => {
    const gold = rs.map((r) => r.topic);
    const free = compileRound({ replies: rs, program: program(), round: 1, locale: 'sv' });
    const guided = compileRound({ replies: rs, program: expected, round: 1, locale: 'sv' });
    expect(ari(gold, themeLabels(guided, rs))).toBeGreaterThanOrEqual(ari(gold, themeLabels(free, rs)));
    expect(ari(gold, themeLabels(guided, rs))).toBeGreaterThan(0.6);
  });

  it('keeps the index of the program theme a group takes, and the replies of other topics in groups of their own', () => {
    const v = new Vectorizer(undefined, { lexicon: false });
    const vectors = v.fit(rs.map((r) => analyse(r.text ?? '')));
    const seeds = ['Anhörigas hälsa', 'Stödplan'].map((t) => v.transform(t));
    const items = rs.map((r, i) => ({ key: r.id, vector: vectors[i] ?? v.transform('') }));
    const g = findThemes(items, { dim: v.dimension, seeds });
    const stodplan = rs.flatMap((r, i) => (r.topic === 'stodplan' ? [g.assignment[i] ?? -1] : []));
    const home = g.themes.findIndex((t) => t.guided === 1);
    expect(home).toBeGreaterThanOrEqual(0);
    expect(stodplan.filter((a) => a === home).length).toBeGreaterThanOrEqual(5);
    rs.forEach((r, i) => {
      if (r.topic !== 'stodplan') expect(g.themes[g.assignment[i] ?? -1]?.guided ?? null).toBeNull();
    });
  });

  it('says a reply names a theme by its own words, not by the words every reply uses', () => {
    const v = new Vectorizer(undefined, { lexicon: false });
    const vectors = v.fit(rs.map((r) => analyse(r.text ?? '')));
    const names = namedThemes(vectors, [v.transform('Avlösning'), v.transform('Stöd till anhöriga')]);
    rs.forEach((r, i) => {
      if (/avlös/i.test(r.text ?? '')) expect(names[i]).toContain(0);
      // "anhöriga" is in most replies: it names no theme on its own.
      if (!/stöd/i.test(r.text ?? '')) expect(names[i]).not.toContain(1);
    });
  });
});
