import { guideThemes, namedThemes, themesByName } from '../../src/compile/guide-themes';
import { analyse, Vectorizer } from '../../src/compile/vectorize';
import { ODD, TOPICS } from './fixtures';

const topic = (name: string): string[] => TOPICS[name] ?? [];

/** The round's own grouping as given (one group per topic, -1 for "Övrigt"), then the expected themes' say. */
function guide(groups: readonly (readonly string[])[], other: readonly string[], labels: readonly string[]) {
  const texts = [...groups.flat(), ...other];
  const v = new Vectorizer(undefined, { lexicon: false });
  const vectors = v.fit(texts.map((t) => analyse(t)));
  const assignment = [...groups.flatMap((g, k) => g.map(() => k)), ...other.map(() => -1)];
  const guided = guideThemes({ vectors, assignment, groups: groups.length, seeds: labels.map((l) => v.transform(l)) });
  return { texts, assignment, guided };
}

describe('guideThemes', () => {
  it('gives a group that names an expected theme its label, and moves nothing that names none', () => {
    const { assignment, guided } = guide([topic('avlosning'), topic('stodplan'), topic('korttid')], [], ['Avlösning']);
    expect(guided.themes.map((t) => t.guided)).toEqual([0, null, null]);
    expect(guided.assignment).toEqual(assignment);
  });

  it('makes no expected theme out of a few replies scattered over other groups', () => {
    // One reply in each of two topics also mentions transport. Each belongs
    // with its own topic: naming transport must not pull the two out into a
    // heading of their own (that split the round's groups and scored worse
    // than naming no theme at all).
    const avlosning = [...topic('avlosning').slice(0, 5), 'Avlösning behövs, och transporter till träffarna saknas.'];
    const stodplan = [...topic('stodplan').slice(0, 5), 'Stödplanen ska ta upp transporter till träffarna.'];
    const { assignment, guided } = guide([avlosning, stodplan, topic('korttid')], [], ['Transporter till träffarna']);
    expect(guided.themes.every((t) => t.guided === null)).toBe(true);
    expect(guided.assignment).toEqual(assignment);
  });

  it('leaves a reply in "Övrigt" there although it shares a word with a theme', () => {
    const odd = 'Vädret var fint, men avlösning var inte det vi pratade om.';
    const { texts, guided } = guide([topic('avlosning'), topic('stodplan'), topic('korttid')], [odd, ...ODD], ['Avlösning']);
    expect(guided.themes.some((t) => t.guided === 0)).toBe(true);
    expect(guided.assignment[texts.indexOf(odd)]).toBe(-1);
  });

  it('moves a reply that names a theme a group took, when it is closer to that theme than to its own group', () => {
    const stray = 'Avlösning i hemmet på kvällar och helger, så att anhöriga kan vara spontana.';
    const { texts, guided } = guide([topic('avlosning'), [...topic('stodplan'), stray], topic('korttid')], [], ['Avlösning']);
    const home = guided.themes.findIndex((t) => t.guided === 0);
    expect(home).toBeGreaterThanOrEqual(0);
    expect(guided.assignment[texts.indexOf(stray)]).toBe(home);
  });

  it('gives a theme two groups name to the one that names it most, and keeps the other group apart', () => {
    // Respite is asked for in both groups, but the second is about short-term
    // places: joining them made two themes of four and scored below naming none.
    const korttid = topic('korttid').map((t, i) => (i < 3 ? `${t} Det blir en sorts avlösning.` : t));
    const { texts, assignment, guided } = guide([topic('avlosning'), korttid, topic('stodplan')], [], ['Avlösning']);
    const taking = guided.themes.flatMap((t, k) => (t.guided === 0 ? [k] : []));
    expect(taking).toHaveLength(1);
    const home = taking[0] as number;
    const of = (text: string) => guided.assignment[texts.indexOf(text)];
    for (const t of topic('avlosning')) expect(of(t)).toBe(home);
    const others = new Set(korttid.map(of));
    expect(others.has(home)).toBe(false);
    expect(others.size).toBe(1);
    expect(guided.themes.length).toBe(new Set(assignment).size);
  });

  it('takes no word the whole field uses for naming a theme: "anhöriga" does not speak of "Gemenskap med andra anhöriga"', () => {
    const texts = [
      'Introduktionen för nyanställda tar upp hygien men ingenting om anhöriga.',
      'Gemenskapen i anhörigcaféet betyder mycket.',
      'Gemenskap med andra i samma läge ger kraft.',
      'Gemenskap i en samtalsgrupp hjälper.',
      'Personalen behöver mer utbildning om anhöriga.',
      'Kvällsöppet vore bra.',
      'Fler platser på dagverksamheten.',
    ];
    const v = new Vectorizer(undefined, { lexicon: false });
    const vectors = v.fit(texts.map((t) => analyse(t)));
    const names = namedThemes(vectors, [v.transform('Gemenskap med andra anhöriga')]);
    expect(names[0]).toEqual([]);
    expect(names[1]).toEqual([0]);
    expect(names[2]).toEqual([0]);
    expect(names[3]).toEqual([0]);
    expect(names[4]).toEqual([]);
  });
});

describe('themesByName', () => {
  const sizes = [5, 3, 8, 2];
  const size = (g: number) => sizes[g] ?? 0;

  it('gives a group the one expected theme whose label holds a telling word of its heading', () => {
    // "korttidsplats" is "korttidsplat" in another inflection.
    const out = themesByName([['samtal'], ['korttidsplats'], [], ['ekonomi']], [['enskild', 'samtal'], ['korttidsplat', 'växelvård'], ['digital']], new Set(), size);
    expect([...out]).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('gives none when the heading is in two labels, or the label is one a group already stands for', () => {
    const labels = [['personal', 'bemöt'], ['personal', 'kompetens'], ['växelvård']];
    expect([...themesByName([['personal'], ['växelvård']], labels, new Set([2]), size)]).toEqual([]);
  });

  it('lets the largest of several groups naming one label take it (then the first)', () => {
    expect([...themesByName([['avlösning'], ['avlösning'], ['avlösning']], [['avlösning', 'dagverksam']], new Set(), size)]).toEqual([[2, 0]]);
    expect([...themesByName([['avlösning'], ['avlösning']], [['avlösning']], new Set(), () => 4)]).toEqual([[0, 0]]);
  });
});
