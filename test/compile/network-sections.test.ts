import { networkSections } from '../../src/compile/network-sections';
import type { CompiledQuestion, CompiledTheme, CompileReply } from '../../src/compile/types';
import { VerbatimGuard } from '../../src/compile/verbatim-guard';
import { compiledTheme, program } from './fixtures';

const theme = (label: string, replyIds: string[], other = false): CompiledTheme => compiledTheme(label, label, replyIds, { other });

const question = (questionId: string, themes: CompiledTheme[], kind: 'text' | 'choice' = 'text'): CompiledQuestion => ({
  questionId,
  text: questionId,
  kind,
  replyCount: 0,
  networkTotal: 4,
  themes,
  options: [],
});

const reply = (id: string, network: string, text: string, consent = true): CompileReply => ({ id, question: 'q1', network, text, option: null, consent });

const PLAN_NORD = 'Nästa steg är att vi ska starta en anhöriggrupp i vår.';
const PLAN_SECRET = 'Vi kommer att bygga om hela dagverksamheten till hösten.';

describe('networkSections', () => {
  const replies = [
    reply('a', 'nord', `Avlösning behövs. ${PLAN_NORD}`),
    reply('b', 'nord', 'Stödplanen hjälper.'),
    reply('c', 'nord', 'Avlösning på kvällar.'),
    reply('d', 'syd', PLAN_SECRET, false),
    reply('e', 'syd', 'Vädret var fint.'),
  ];
  const questions = [
    question('q1', [theme('Avlösning', ['a', 'c']), theme('Stödplan', ['b']), theme('Övrigt', ['e'], true)]),
    question('q2', [theme('Ja', ['a'])], 'choice'),
  ];
  const guard = new VerbatimGuard(replies.filter((r) => r.consent !== true).map((r) => r.text ?? ''));

  it('gives each network of the program its replies, the themes they went to (most first, Övrigt left out) and its plans', () => {
    const sections = networkSections(replies, questions, guard, program());
    expect(sections.map((s) => [s.id, s.name, s.replies])).toEqual([
      ['nord', 'Nätverk nord', 3],
      ['syd', 'Nätverk syd', 2],
      ['vast', 'Nätverk vast', 0],
      ['ost', 'Nätverk ost', 0],
    ]);
    expect(sections[0]?.raised).toEqual([{ questionId: 'q1', themes: ['Avlösning', 'Stödplan'] }]);
    expect(sections[0]?.plans).toEqual([PLAN_NORD]);
    // Only Övrigt: nothing raised; a silent network has nothing at all.
    expect(sections[1]?.raised).toEqual([]);
    expect(sections[2]).toMatchObject({ raised: [], plans: [] });
  });

  it('takes plans only from replies whose authors consented, and repeats nothing a person said without consent', () => {
    const sections = networkSections(replies, questions, guard, program());
    expect(sections.find((s) => s.id === 'syd')?.plans).toEqual([]);
    const echoing = [...replies, reply('f', 'vast', `${PLAN_SECRET.slice(0, -1)} i Flen.`)];
    const vast = networkSections(echoing, questions, guard, program()).find((s) => s.id === 'vast');
    expect(vast?.plans).toEqual([]);
  });

  it('keeps at most three themes per question and two plans per network', () => {
    const many = ['a', 'b', 'c', 'd'].map((id) => reply(id, 'nord', `Vi planerar att göra mer av ${id} nästa år, och vi ska fortsätta.`));
    const themes = ['T1', 'T2', 'T3', 'T4'].map((label, i) => theme(label, [['a', 'b', 'c', 'd'][i] as string]));
    const [nord] = networkSections(many, [question('q1', themes)], new VerbatimGuard([]), undefined);
    expect(nord?.raised[0]?.themes).toHaveLength(3);
    expect(nord?.plans).toHaveLength(2);
  });

  it('without a program takes the networks seen, sorted and named by id; with one network asked, only it', () => {
    expect(networkSections(replies, questions, guard).map((s) => [s.id, s.name])).toEqual([['nord', 'nord'], ['syd', 'syd']]);
    expect(networkSections(replies, questions, guard, program(), 'syd').map((s) => s.id)).toEqual(['syd']);
    expect(networkSections([], [], new VerbatimGuard([]))).toEqual([]);
  });

  it('leaves out a plan sentence longer than 240 characters', () => {
    const long = `Vi ska ${'bygga ut stödet '.repeat(20)}till nästa år.`;
    const [nord] = networkSections([reply('x', 'nord', long)], [], new VerbatimGuard([]));
    expect(nord?.plans).toEqual([]);
  });

  it('gives the same plans whatever order the replies came in (by reply id)', () => {
    const later = 'Vi ska prova kvällsöppet på träffpunkten i höst.';
    const two = [reply('n-2', 'nord', later), reply('n-1', 'nord', PLAN_NORD)];
    const guard = new VerbatimGuard([]);
    const forward = networkSections(two, [], guard, program())[0]?.plans;
    const backward = networkSections([...two].reverse(), [], guard, program())[0]?.plans;
    expect(forward).toEqual([PLAN_NORD, later]);
    expect(backward).toEqual(forward);
  });

  it('puts what the group decided first, then concrete plans and what answers say will be done; one person’s bare "vi vill" is an aim', () => {
    const aim = 'Vi vill fånga upp behoven tidigt.';
    const proposal = 'Förslag: en mindre enhet för växelvård.';
    const spring = 'Cheferna vill ordna en halvdag om anhörigperspektivet under våren.';
    const minutes: CompileReply = { ...reply('n-9', 'nord', `Vi pratade länge. ${proposal} ${spring}`), kind: 'minutes' };
    const [nord] = networkSections([reply('n-1', 'nord', aim), minutes], [], new VerbatimGuard([]), program());
    expect(nord?.plans).toEqual([proposal, spring]);
    // Alone, one person's aim is no plan of the network.
    const [alone] = networkSections([reply('n-1', 'nord', aim)], [], new VerbatimGuard([]), program());
    expect(alone?.plans).toEqual([]);
    // In the group's minutes, it is what the group wants.
    const [group] = networkSections([{ ...reply('n-9', 'nord', aim), kind: 'minutes' }], [], new VerbatimGuard([]), program());
    expect(group?.plans).toEqual([aim]);
    // An answer that says what will be done is a plan; a concrete one comes first.
    const trial = 'Vi ska prova kvällsöppet på träffpunkten.';
    const will = 'Vi kommer att se över riktlinjerna.';
    const [both] = networkSections([reply('n-1', 'nord', `${aim} Nästa steg är en enkät.`), reply('n-2', 'nord', trial)], [], new VerbatimGuard([]), program());
    expect(both?.plans).toEqual([trial, 'Nästa steg är en enkät.']);
    expect(networkSections([reply('n-1', 'nord', will)], [], new VerbatimGuard([]), program())[0]?.plans).toEqual([will]);
  });

  it('takes no sentence on a condition for a plan', () => {
    const conditional = 'Om stödplanerna följs upp kan vi också planera budgeten efter det.';
    const [nord] = networkSections([{ ...reply('n-9', 'nord', conditional), kind: 'minutes' }], [], new VerbatimGuard([]), program());
    expect(nord?.plans).toEqual([]);
  });

  it('does not take "i vår kommun" (in our municipality) for a plan for the spring', () => {
    const [nord] = networkSections([reply('n-1', 'nord', 'Det finns en träffpunkt i vår kommun.')], [], new VerbatimGuard([]), program());
    expect(nord?.plans).toEqual([]);
  });
});
