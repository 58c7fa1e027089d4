import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactionWords } from '../../src/compile/compile-round';
import { compileTextQuestion, type TextQuestionInput } from '../../src/compile/compile-text-question';
import { parseReplyLines } from '../../src/compile/read-replies';
import { placeholderPattern, redact } from '../../src/compile/redact';
import type { CompileReply } from '../../src/compile/types';
import { VerbatimGuard } from '../../src/compile/verbatim-guard';
import { translate } from '../../src/i18n/translate';
import { ODD, TOPICS, topicReplies } from './fixtures';

const words = redactionWords('sv');

/** The input compileRound would give for these replies (already redacted). */
function inputOf(replies: CompileReply[], over: Partial<TextQuestionInput> = {}): TextQuestionInput {
  const clean = replies.map((r) => ({ ...r, text: r.text === null ? null : redact(r.text, words) }));
  return {
    questionId: 'q1',
    questionText: 'Vilket stöd behöver anhöriga?',
    replies: clean,
    guided: [],
    themesLocale: 'sv',
    lexicon: true,
    networkTotal: 3,
    banned: new Set(['nord', 'syd', 'vast', ...Object.values(words)]),
    bannedPhrases: [],
    placeholders: placeholderPattern(words),
    guard: new VerbatimGuard(clean.filter((r) => r.consent !== true).map((r) => r.text ?? '')),
    locale: 'sv',
    words: { other: 'Övrigt', fallback: (n) => `Tema ${n}`, concept: (id) => `Begrepp ${id}` },
    ...over,
  };
}

const examples = parseReplyLines(readFileSync(join(__dirname, '../../examples/replies.sv.jsonl'), 'utf8'), 'sv').replies;
const exampleQuestion = examples.filter((r) => r.question === examples[0]?.question && (r.text ?? '').trim() !== '');

describe('compileTextQuestion', () => {
  it.each([
    ['three clear topics and two odd replies', topicReplies()],
    ['a question of the example round', exampleQuestion],
  ])('files every reply in exactly one theme (%s)', (_, replies) => {
    const themes = compileTextQuestion(inputOf(replies));
    const filed = themes.flatMap((t) => t.replyIds);
    expect([...filed].sort()).toEqual(replies.map((r) => r.id).sort());
    expect(new Set(filed).size).toBe(filed.length);
    for (const t of themes) {
      expect(t.replyIds).toEqual([...t.replyIds].sort());
      expect(t.replyCount).toBeGreaterThanOrEqual(t.replyIds.length);
      expect(t.label.trim()).not.toBe('');
    }
  });

  it('numbers the themes, most-raised first, and puts Övrigt last under its own id', () => {
    const themes = compileTextQuestion(inputOf(topicReplies()));
    const named = themes.filter((t) => !t.other);
    expect(named.map((t) => t.id)).toEqual(named.map((_, i) => `q1-t${i + 1}`));
    for (let i = 1; i < named.length; i += 1) expect((named[i - 1]?.replyIds.length ?? 0) >= (named[i]?.replyIds.length ?? 0)).toBe(true);
    const other = themes.filter((t) => t.other);
    expect(other.length).toBeLessThanOrEqual(1);
    if (other[0]) {
      expect(themes.at(-1)).toBe(other[0]);
      expect(other[0]).toMatchObject({ id: 'q1-other', label: 'Övrigt' });
    }
  });

  it('keeps replies of one clear topic together', () => {
    const replies = topicReplies();
    const themes = compileTextQuestion(inputOf(replies));
    const home = new Map(themes.flatMap((t) => t.replyIds.map((id) => [id, t.id] as const)));
    for (const topic of Object.keys(TOPICS)) {
      const homes = replies.filter((r) => r.topic === topic).map((r) => home.get(r.id));
      const most = Math.max(...[...new Set(homes)].map((h) => homes.filter((x) => x === h).length));
      expect(most).toBeGreaterThanOrEqual(homes.length - 1);
    }
  });

  it('quotes only replies whose authors consented, and never writes a non-consented reply into a summary', () => {
    const replies = topicReplies();
    const themes = compileTextQuestion(inputOf(replies));
    const consented = new Set(replies.filter((r) => r.consent === true).map((r) => r.id));
    const withheld = replies.filter((r) => r.consent !== true);
    const quotes = themes.flatMap((t) => t.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(consented.has(q.replyId)).toBe(true);
    for (const t of themes) {
      for (const r of withheld) expect(t.summary).not.toContain((r.text ?? '').slice(0, 40));
      for (const p of t.parts) if (!consented.has(p.replyId)) expect(p.quotable).toBe(false);
    }
  });

  it('takes no sentence about something else into a theme’s synthesis, though its reply belongs there', () => {
    // Each respite reply ends with a sentence on something else, one of its own.
    const asides = [
      'Bussen går bara två gånger om dagen.',
      'Snön kom tidigt i år.',
      'Det var längesedan vi sågs alla.',
      'Man vet aldrig vem man ska ringa.',
      'Kaffet på träffarna var gott.',
      'Parkeringen vid kommunhuset är alltid full.',
    ];
    // Four consented: those not quoted leave a voice to choose, and an aside beside it.
    let k = 0;
    const replies = topicReplies().map((r) =>
      r.topic === 'avlosning' ? { ...r, consent: k < 4, text: `${r.text} ${asides[k++]}` } : r,
    );
    const themes = compileTextQuestion(inputOf(replies));
    const respite = themes.find((t) => t.replyIds.includes('r01'));
    expect(respite?.summary).toMatch(/Några röster ur svaren: .*avlösning/i);
    for (const t of themes) for (const aside of asides) expect(t.summary).not.toContain(aside);
  });

  it('takes no voice from a part of a longer reply, which is shown as text under its theme anyway', () => {
    const paragraphs = [
      'Om avlösning sa gruppen att den behöver bli mer flexibel. Förslag: en avlösare som anhöriga kan boka själva med kort varsel, på kvällar och helger, och att det är samma personal som kommer varje gång så att den närstående känner sig trygg hemma.',
      'Om stödplanen sa gruppen att den ska vara kort och enkel. Förslag: en gemensam mall för stödplan i alla kommuner, som följs upp efter ett halvår tillsammans med anhörigkonsulenten, så att den anhöriges egna behov blir dokumenterade och inte glöms bort.',
      'Om korttidsplatser och växelvård sa gruppen att platserna ligger långt bort. Förslag: en mindre enhet för växelvård nära hemmet, med aktiviteter och personal som känner gästerna, så att fler vill åka dit och anhöriga kan vila några dygn i taget.',
    ];
    const minutes: CompileReply = { id: 'm1', question: 'q1', text: paragraphs.join('\n\n'), option: null, network: 'nord', kind: 'minutes', consent: true };
    const themes = compileTextQuestion(inputOf([...topicReplies(), minutes]));
    const shown = themes.flatMap((t) => t.parts.filter((p) => p.replyId === 'm1').map((p) => ({ t, p })));
    expect(shown.length).toBeGreaterThan(0);
    for (const { t, p } of shown) for (const sentence of p.text.split(/(?<=\.) /)) expect(t.summary).not.toContain(sentence);
  });

  it('quotes a long reply where it speaks of its theme, not where it begins', () => {
    const opening = 'Vi var nio personer på träffen i biblioteket och började med en lång runda där alla fick berätta kort om veckan som gått och om vad de hade med sig till kvällen.';
    const onTheme =
      'Avlösning i hemmet behöver bli mer flexibel, så att anhöriga kan boka avlösning med kort varsel på kvällar och helger med samma personal.';
    const minutes: CompileReply = { id: 'm1', question: 'q1', text: `${opening} ${onTheme}`, option: null, network: 'nord', kind: 'minutes', consent: true };
    // Only the minutes may be quoted under respite.
    const replies = topicReplies().map((r) => (r.topic === 'avlosning' ? { ...r, consent: false } : r));
    const themes = compileTextQuestion(inputOf([...replies, minutes]));
    const respite = themes.find((t) => t.replyIds.includes('m1'));
    expect(respite?.replyIds).toContain('r01');
    expect(respite?.quotes.find((q) => q.replyId === 'm1')?.text).toBe(`[…] ${onTheme}`);
  });

  it('groups again a big group it cannot name, or whose heading few of it use: twenty subjects, three replies each', () => {
    // More subjects than themes a first grouping of 60 replies allows: it lumped most into one "Tema 1".
    const subjects = ['trädgården', 'biblioteket', 'simhallen', 'kyrkogården', 'tandvården', 'färdtjänsten', 'hemsjukvården', 'matlådorna', 'trygghetslarmet', 'fotvården',
      'bostadsanpassningen', 'parkeringen', 'apoteket', 'frisören', 'hjälpmedlen', 'bussarna', 'ridskolan', 'körsången', 'boulebanan', 'vävstugan'];
    const frames = ['Vi pratade mycket om {s} i gruppen.', 'Flera tog upp {s} som ett problem.', 'När det gäller {s} finns mycket kvar att göra.'];
    const replies: CompileReply[] = subjects.flatMap((subject, i) =>
      frames.map((frame, j) => ({ id: `s${i}-${j}`, question: 'q1', text: frame.replace('{s}', subject), option: null, network: 'nord', consent: true })),
    );
    const themes = compileTextQuestion(inputOf(replies, { questionText: 'Vad pratade ni om?' }));
    const themeOf = new Map(themes.flatMap((t) => t.replyIds.map((id) => [id, t] as const)));
    // A subject stands alone when its three replies are one theme with nothing else in it.
    const alone = subjects.filter((_, i) => {
      const t = themeOf.get(`s${i}-0`);
      return t !== undefined && t.replyIds.length === 3 && [1, 2].every((j) => themeOf.get(`s${i}-${j}`) === t);
    });
    expect(alone.length).toBeGreaterThanOrEqual(15);
    expect(themes.filter((t) => /^Tema \d+$/.test(t.label))).toEqual([]);
  });

  it('numbers a theme it cannot name by where a reader meets it, not by the order the groups were found in', () => {
    // Four replies that share only the networks' names, which never head a theme.
    const unnamed = Array.from({ length: 4 }, (_, i) => ({
      id: `n${i}`,
      question: 'q1',
      text: `Nord, syd och vast ${['igen', 'förstås', 'också', 'alla tre', 'tillsammans', 'som vanligt', 'hela tiden'][i]}. Nord syd vast.`,
      option: null,
      network: 'nord',
      consent: true,
    }));
    const themes = compileTextQuestion(inputOf([...topicReplies(), ...unnamed]));
    const home = themes.findIndex((t) => t.replyIds.includes('n0'));
    expect(themes[home]?.label).toBe(`Tema ${home + 1}`);
    for (const [i, t] of themes.entries()) if (/^Tema \d+$/.test(t.label)) expect(t.label).toBe(`Tema ${i + 1}`);
  });

  it('never heads a theme with a network’s name or a redaction placeholder', () => {
    const replies = topicReplies().map((r, i) => ({ ...r, text: `${r.text} Ring 070-123 45 67 i nord${i % 2 ? ' eller syd' : ''}.` }));
    for (const t of compileTextQuestion(inputOf(replies))) {
      expect(t.label.toLowerCase()).not.toMatch(/\bnord\b|\bsyd\b|telefonnummer/);
      for (const k of t.keywords) expect(k).not.toMatch(/^(nord|syd|telefonnummer)$/);
    }
  });

  it('keeps a program’s expected theme under its own heading, marked guided', () => {
    const themes = compileTextQuestion(inputOf(topicReplies(), { guided: [{ label: 'Korttidsplatser', hints: ['korttidsplats', 'växelvård'] }] }));
    const guided = themes.filter((t) => t.guided);
    expect(guided.map((t) => t.label)).toEqual(['Korttidsplatser']);
  });

  it('heads a group in the coordinator’s words when its heading is in one of their labels, the replies it holds unchanged', () => {
    // Two of the six replies on short-term care say "växelvård": too few for the group to take the
    // coordinator's "Växelvård" by its replies' words, yet its heading is plainly that theme.
    const replies = topicReplies().map((r) =>
      r.text === 'Det är brist på korttidsplatser och växelvård i kommunen.' ? { ...r, text: 'Det är brist på korttidsplatser i kommunen.' } : r,
    );
    const short = replies.find((r) => r.topic === 'korttid')?.id ?? '';
    const words = { other: 'Övrigt', fallback: (n: number) => `Tema ${n}`, concept: (id: string) => translate('sv', `compile.concept.${id}`) };
    const free = compileTextQuestion(inputOf(replies, { words }));
    expect(free.find((t) => t.replyIds.includes(short))?.label).toBe('Växelvård och korttidsplats');
    const themes = compileTextQuestion(inputOf(replies, { words, guided: [{ label: 'Växelvård', hints: [] }] }));
    expect(themes.find((t) => t.replyIds.includes(short))).toMatchObject({ label: 'Växelvård', guided: true });
    expect(themes.map((t) => t.replyIds).sort()).toEqual(free.map((t) => t.replyIds).sort());
    // The same in an English draft, where the concept's heading is English.
    const english = compileTextQuestion(
      inputOf(replies, { words: { ...words, concept: (id: string, language: 'sv' | 'en') => translate(language, `compile.concept.${id}`) }, locale: 'en', guided: [{ label: 'Växelvård', hints: [] }] }),
    );
    expect(english.find((t) => t.replyIds.includes(short))).toMatchObject({ label: 'Växelvård', guided: true });
    // The coordinator wrote it in Swedish: the English synthesis quotes it as written. Written in English, it is a word of the sentence.
    expect(english.find((t) => t.replyIds.includes(short))?.summary).toMatch(/ “Växelvård”[ .]/);
    const theirs = compileTextQuestion(inputOf(replies, { words, locale: 'en', themesLocale: 'en', guided: [{ label: 'Växelvård', hints: [] }] }));
    expect(theirs.find((t) => t.replyIds.includes(short))?.summary).toMatch(/ växelvård[ .]/);
    // A label in two of the coordinator's themes, or in none, renames nothing.
    for (const guided of [[{ label: 'Växelvård', hints: [] }, { label: 'Växelvård på helger', hints: [] }], [{ label: 'Digitala träffar', hints: [] }]]) {
      const other = compileTextQuestion(inputOf(replies, { words, guided }));
      expect(other.find((t) => t.replyIds.includes(short))?.label).toBe('Växelvård och korttidsplats');
    }
  });

  it('is the same every run', () => {
    const replies = topicReplies();
    expect(compileTextQuestion(inputOf(replies))).toEqual(compileTextQuestion(inputOf(replies)));
  });

  it('makes no theme of no replies, and copes with hostile text', () => {
    expect(compileTextQuestion(inputOf([]))).toEqual([]);
    const hostile: CompileReply[] = [
      { id: 'h1', question: 'q1', text: '🙂'.repeat(500), consent: true },
      { id: 'h2', question: 'q1', text: '<script>alert(1)</script> <b>fet</b>', consent: true },
      { id: 'h3', question: 'q1', text: 'a', consent: false },
      { id: 'h4', question: 'q1', text: `${ODD[0]} `.repeat(400), consent: true },
    ];
    const themes = compileTextQuestion(inputOf(hostile));
    expect(themes.flatMap((t) => t.replyIds).sort()).toEqual(['h1', 'h2', 'h3', 'h4']);
  });
});
