import { conceptsNamed, themeConcepts } from '../../src/compile/theme-concepts';
import { tokenize } from '../../src/compile/tokenize';

const docs = (...texts: string[]) => texts.map((t) => ({ tokens: tokenize(t) }));

const RESPITE = docs(
  'Avlösning i hemmet behövs på kvällar.',
  'Vi vill ha mer avlösning.',
  'Avlösningen fungerar bra hos oss.',
);
const PLANS = docs(
  'En stödplan gör behoven tydliga.',
  'Stödplanen följs upp varje halvår.',
  'Vi skriver stödplaner med alla anhöriga.',
);
const WEATHER = docs('Vädret var fint på mötet.', 'Glöm inte parkeringen.');

describe('themeConcepts', () => {
  it('names each theme by the concept its texts name and the others do not', () => {
    const [respite, plans, weather] = themeConcepts([RESPITE, PLANS, WEATHER]);
    expect(respite?.[0]?.id).toBe('avlosning');
    expect(plans?.[0]?.id).toBe('stodplan');
    expect(weather).toEqual([]);
    expect(respite?.map((c) => c.id)).not.toContain('stodplan');
  });

  it('gives each concept’s share of the theme and its excess over the whole question', () => {
    const [respite] = themeConcepts([RESPITE, PLANS, WEATHER]);
    const c = respite?.find((x) => x.id === 'avlosning');
    expect(c?.share).toBeCloseTo(1, 12);
    expect(c?.excess).toBeCloseTo(1 - 3 / 8, 12);
  });

  it('leaves out a concept every theme names: it sets none apart', () => {
    const withRespite = (d: { tokens: ReturnType<typeof tokenize> }[]) => d.map((x, i) => ({ tokens: [...x.tokens, ...(i === 0 ? tokenize('avlösning') : tokenize('avlösning'))] }));
    const result = themeConcepts([withRespite(RESPITE), withRespite(PLANS)]);
    for (const theme of result) expect(theme.map((c) => c.id)).not.toContain('avlosning');
  });

  it('orders concepts best first, every one past both thresholds', () => {
    for (const theme of themeConcepts([RESPITE, PLANS, WEATHER, docs('Stödplan och avlösning.')])) {
      for (const c of theme) {
        expect(c.share).toBeGreaterThanOrEqual(0.35);
        expect(c.excess).toBeGreaterThanOrEqual(0.15);
      }
      for (let i = 1; i < theme.length; i += 1) expect((theme[i - 1]?.excess ?? 0) >= (theme[i]?.excess ?? 0)).toBe(true);
    }
  });

  it('leaves out a concept the question names ("Working carers" under a question about working carers)', () => {
    const asked = conceptsNamed(tokenize('What support do working carers need from their employer?'));
    expect(asked).toContain('arbetsliv');
    const WORK = docs('My employer lets me work from home.', 'I cut my working hours at my job.', 'Flexible hours at work help.');
    const EVENINGS = docs('Meetings in the evening.', 'Evening groups suit us.', 'Groups after six.');
    expect(themeConcepts([WORK, EVENINGS])[0]?.map((c) => c.id)).toContain('arbetsliv');
    expect(themeConcepts([WORK, EVENINGS], asked)[0]?.map((c) => c.id)).not.toContain('arbetsliv');
  });

  it('keeps a concept the question names for a theme that names it far more than the question does', () => {
    const asked = conceptsNamed(tokenize('Hur fungerar avlösning, växelvård och dagverksamhet hos er?'));
    expect(asked).toContain('avlosning');
    // Respite: every reply of one theme, none of the other eight.
    const [respite] = themeConcepts([RESPITE, PLANS, WEATHER, docs('Parkeringen var full.', 'Kaffet tog slut.', 'Mötet började sent.')], asked);
    expect(respite?.[0]?.id).toBe('avlosning');
  });

  it('copes with no themes and empty themes', () => {
    expect(themeConcepts([])).toEqual([]);
    expect(themeConcepts([[], RESPITE])[0]).toEqual([]);
  });
});
