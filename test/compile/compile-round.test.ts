import { compileRound } from '../../src/compile/compile-round';
import { renderJson } from '../../src/compile/render-json';
import type { CompileReply } from '../../src/compile/types';
import { InputError } from '../../src/errors';
import { ODD, program, topicReplies } from './fixtures';

const themeOf = (c: ReturnType<typeof compileRound>, id: string) =>
  c.questions[0]?.themes.find((t) => t.replyIds.includes(id));

describe('compileRound', () => {
  const replies = topicReplies();

  it('places every reply of a text question in exactly one theme', () => {
    const c = compileRound({ replies, locale: 'sv' });
    const ids = c.questions[0]?.themes.flatMap((t) => t.replyIds) ?? [];
    expect([...ids].sort()).toEqual(replies.map((r) => r.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never mixes topics in a theme, and keeps each topic in at most two', () => {
    const c = compileRound({ replies, locale: 'sv' });
    for (const t of c.questions[0]?.themes.filter((x) => !x.other) ?? []) {
      const topics = new Set(t.replyIds.map((id) => replies.find((r) => r.id === id)?.topic));
      expect(topics.size).toBe(1);
    }
    for (const topic of ['avlosning', 'stodplan', 'korttid']) {
      const homes = new Set(replies.filter((r) => r.topic === topic).map((r) => themeOf(c, r.id)?.id));
      expect(homes.size).toBeLessThanOrEqual(2);
    }
  });

  it('files replies that fit nothing under Övrigt, last', () => {
    const c = compileRound({ replies, locale: 'sv' });
    const themes = c.questions[0]?.themes ?? [];
    const other = themes[themes.length - 1];
    expect(other?.other).toBe(true);
    expect(other?.label).toBe('Övrigt');
    expect(other?.replyIds).toEqual(expect.arrayContaining(['odd0', 'odd1']));
    expect(themes.filter((t) => !t.other).every((t) => t.replyIds.length >= 2)).toBe(true);
  });

  it('labels themes with a phrase from the replies, not a keyword list', () => {
    const c = compileRound({ replies, locale: 'sv' });
    const label = themeOf(c, 'r01')?.label ?? '';
    expect(label.toLowerCase()).toContain('avlösning');
    expect(label).not.toContain(',');
    expect(label.split(' ').length).toBeLessThanOrEqual(7);
  });

  it('quotes only consented replies, by role, at most three', () => {
    const c = compileRound({ replies, locale: 'sv' });
    for (const t of c.questions[0]?.themes ?? []) {
      expect(t.quotes.length).toBeLessThanOrEqual(3);
      for (const q of t.quotes) {
        const reply = replies.find((r) => r.id === q.replyId);
        expect(reply?.consent).toBe(true);
        expect(q.role).toBe(reply?.role);
        expect(t.replyIds).toContain(q.replyId);
      }
    }
    expect(c.questions[0]?.themes.some((t) => t.quotes.length > 0)).toBe(true);
  });

  it('says which networks and roles raised a theme', () => {
    const c = compileRound({ replies, program: program(), locale: 'sv' });
    const t = themeOf(c, 'r01');
    expect(t?.networks.length).toBeGreaterThanOrEqual(2);
    expect(c.questions[0]?.networkTotal).toBe(4);
    expect(t?.roles.length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic: the same replies, in any order, give the same JSON', () => {
    const a = renderJson(compileRound({ replies, locale: 'sv' }));
    const b = renderJson(compileRound({ replies, locale: 'sv' }));
    const c = renderJson(compileRound({ replies: [...replies].reverse(), locale: 'sv' }));
    expect(b).toBe(a);
    expect(JSON.parse(c).questions[0].themes.map((t: { replyIds: string[] }) => t.replyIds)).toEqual(
      JSON.parse(a).questions[0].themes.map((t: { replyIds: string[] }) => t.replyIds),
    );
  });

  it('files replies under guided themes first, by their text, with the program label', () => {
    const guided = program([
      { label: 'Växelvård och korttidsplats', hints: ['korttidsplats', 'växelvård'] },
      { label: 'Ekonomi', hints: ['pengar', 'kostnad'] },
    ]);
    const c = compileRound({ replies, program: guided, locale: 'sv' });
    const t = themeOf(c, 'r13');
    expect(t?.label).toBe('Växelvård och korttidsplats');
    expect(t?.guided).toBe(true);
    // "Korttidsplatsen", "Växelvården": inflected forms meet the hints.
    for (const id of ['r13', 'r14', 'r15', 'r16', 'r17', 'r18']) expect(themeOf(c, id)?.id).toBe(t?.id);
    // A guided theme nobody spoke of is not shown; free themes are found beside the guided one.
    const labels = c.questions[0]?.themes.map((x) => x.label) ?? [];
    expect(labels).not.toContain('Ekonomi');
    expect(themeOf(c, 'r01')?.guided).toBe(false);
  });

  it('counts choice questions per option', () => {
    const choices: CompileReply[] = ['Ja i hög grad', 'Ja i viss mån', 'Ja i viss mån', 'Ja i viss mån'].map(
      (option, i) => ({ id: `c${i}`, question: 'q2', text: null, option, network: 'nord', role: 'anhorig' }),
    );
    const c = compileRound({ replies: [...replies, ...choices], program: program(), round: 1, locale: 'sv' });
    const q2 = c.questions.find((q) => q.questionId === 'q2');
    expect(q2?.kind).toBe('choice');
    expect(q2?.options).toEqual([
      { label: 'Ja i hög grad', count: 1, percent: 25 },
      { label: 'Ja i viss mån', count: 3, percent: 75 },
      { label: 'Nej', count: 0, percent: 0 },
    ]);
  });

  it('reports participation: per network and role, minutes, silent networks', () => {
    const withMinutes = replies.map((r) => (r.id === 'r02' ? { ...r, kind: 'minutes' as const } : r));
    const c = compileRound({ replies: withMinutes, program: program(), locale: 'sv' });
    // Minutes are the group's, counted apart from the answers.
    expect(c.participation.totalReplies).toBe(replies.length - 1);
    expect(c.participation.totalMinutes).toBe(1);
    expect(c.participation.silentNetworks).toEqual(['ost']);
    expect(c.participation.minutesReceived).toEqual([replies.find((r) => r.id === 'r02')?.network]);
    expect(c.participation.minutesMissing).toContain('ost');
    expect(c.participation.byRole.map((r) => r.role)).toContain('anhorig');
    expect(c.networks.map((n) => n.id)).toEqual(['nord', 'syd', 'vast', 'ost']);
  });

  it('never heads a theme with a name, a redaction placeholder or two phrases joined by "och"', () => {
    const texts = [
      'Karin Andersson på kommunen hjälpte oss med avlösning i hemmet. Ring 070-123 45 67.',
      'Vi fick avlösning i hemmet genom Karin Andersson, mitt personnummer 811218-9876 stod fel.',
      'Avlösning i hemmet borde gå att boka med kort varsel, säger Karin Andersson.',
      'Stödplanen följs upp varje halvår och det fungerar. Mitt personnummer är 811218-9876.',
      'En stödplan som följs upp gör att behoven inte glöms bort, personnummer 811218-9876.',
      'Stödplanen följs sällan upp hos oss.',
    ];
    const c = compileRound({
      replies: texts.map((text, i) => ({ id: `n${i}`, question: 'q1', text, network: 'nord', role: 'anhorig', consent: true })),
      locale: 'sv',
    });
    const labels = c.questions[0]?.themes.map((t) => t.label) ?? [];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label).not.toMatch(/andersson|karin|personnummer|telefon|namn|\[/i);
      expect(label).not.toMatch(/ och /);
    }
    expect(JSON.stringify(c)).not.toMatch(/Andersson|811218/);
  });

  it('keeps a placeholder of several words out of headings as a whole, not word by word', () => {
    // Swedish replies on home-care staff ("personal"), in an English draft, whose placeholder for an
    // identity number is "personal ID number": the staff are still a heading, as in the Swedish draft.
    const staff = [
      'Personal i hemtjänsten behöver mer tid för anhöriga.',
      'Vi vill ge personal i hemtjänsten utbildning om anhörigperspektivet.',
      'Personal i hemtjänsten ser ofta först när en anhörig inte orkar.',
      'Avlösning i hemmet borde gå att boka med kort varsel.',
      'Avlösning i hemmet är svårt att få på kvällar.',
      'Avlösning i hemmet ger mig en stund för mig själv.',
    ];
    const replies = staff.map((text, i) => ({ id: `s${i}`, question: 'q1', text, network: 'nord', role: 'personal', consent: true }));
    // Without the lexicon, whose concepts would head the group in the draft's language.
    const theme = (locale: 'sv' | 'en') => themeOf(compileRound({ replies, locale, lexicon: false }), 's0');
    for (const locale of ['sv', 'en'] as const) {
      expect(theme(locale)?.label).toBe('Personal i hemtjänsten');
      expect(theme(locale)?.keywords).toContain('personal');
    }
    // Replies in English that write out the placeholder's words around a number: never that heading.
    const phones = ['Call my phone number 070-123 45 67 for respite.', 'My phone number is 070-765 43 21, call about respite.', 'Respite at short notice, phone number 08-123 456 78.'];
    const c = compileRound({ replies: phones.map((text, i) => ({ id: `p${i}`, question: 'q1', text, network: 'nord', role: 'anhorig', consent: true })), locale: 'en' });
    for (const t of c.questions[0]?.themes ?? []) expect(t.label.toLowerCase()).not.toContain('phone number');
  });

  it("sets a network's plans in quotation marks when they are in another language than the draft", () => {
    const replies = [
      { id: 'm1', question: 'q1', kind: 'minutes' as const, network: 'nord', consent: true, text: 'Vi pratade om avlösning. Förslag: ett anhörigcafé varje vecka under våren.' },
      { id: 'a1', question: 'q1', network: 'nord', role: 'anhorig', consent: true, text: 'Avlösning i hemmet behövs på kvällar.' },
    ];
    const plansIn = (locale: 'sv' | 'en') => compileRound({ replies, locale }).networks.find((n) => n.id === 'nord')?.plans;
    expect(plansIn('sv')).toEqual(['Förslag: ett anhörigcafé varje vecka under våren.']);
    expect(plansIn('en')).toEqual(['“Förslag: ett anhörigcafé varje vecka under våren.”']);
  });

  it('counts people, not answers: two answers by one author are one person', () => {
    const two = [
      { id: 'a1', question: 'q1', text: 'Avlösning i hemmet behövs.', network: 'nord', role: 'anhorig', author: 'p1' },
      { id: 'a2', question: 'q2', text: 'Mer information om stödet.', network: 'nord', role: 'anhorig', author: 'p1' },
      { id: 'a3', question: 'q1', text: 'Korttidsplats nära hemmet.', network: 'nord', role: 'chef', author: 'p2' },
    ];
    const c = compileRound({ replies: two, locale: 'sv' });
    expect(c.participation.totalReplies).toBe(3);
    expect(c.participation.totalPeople).toBe(2);
    expect(c.participation.byNetwork).toEqual([{ network: 'nord', name: 'nord', people: 2, replies: 3, minutes: 0 }]);
    expect(c.participation.byRole).toEqual([
      { role: 'anhorig', count: 1 },
      { role: 'chef', count: 1 },
    ]);
  });

  it('says whether the meeting was held when the draft was made, on the program\'s clock', () => {
    const at = (now?: string) => compileRound({ replies, program: program(), locale: 'sv', ...(now ? { now } : {}) }).round?.held;
    const meeting = program().rounds[0]?.meeting ?? '';
    const local = new Date(`${meeting}:00Z`).getTime();
    // Stockholm is UTC+1 or +2: two hours either side of the wall-clock time are safely before and after.
    expect(at(new Date(local - 4 * 3_600_000).toISOString())).toBe(false);
    expect(at(new Date(local + 2 * 3_600_000).toISOString())).toBe(true);
    expect(at()).toBeNull();
  });

  it('splits long minutes into parts that go to different themes, the id where the largest part went', () => {
    const minutes = [
      Array(4).fill(replies.slice(0, 6).map((r) => r.text).join(' ')).join(' '),
      replies.slice(6, 9).map((r) => r.text).join(' '),
    ].join('\n\n');
    const c = compileRound({
      replies: [...replies, { id: 'm1', question: 'q1', text: minutes, kind: 'minutes', network: 'syd', role: 'personal' }],
      locale: 'sv',
    });
    const themes = c.questions[0]?.themes ?? [];
    const withParts = themes.filter((t) => t.parts.some((p) => p.replyId === 'm1'));
    expect(withParts.length).toBeGreaterThanOrEqual(2);
    expect(themes.filter((t) => t.replyIds.includes('m1'))).toHaveLength(1);
    expect(themeOf(c, 'm1')?.id).toBe(themeOf(c, 'r01')?.id);
  });

  it('redacts what it outputs', () => {
    const c = compileRound({
      replies: [
        ...replies,
        { id: 'p1', question: 'q1', text: 'Avlösning, ring 070-123 45 67 eller 811228-9874.', consent: true, role: 'anhorig' },
      ],
      program: program(),
      locale: 'sv',
    });
    const json = renderJson(c);
    expect(json).not.toContain('070-123');
    expect(json).not.toContain('811228-9874');
    expect(c.program?.background).toContain('[telefonnummer]');
  });

  it('refuses an unknown round with an InputError', () => {
    expect(() => compileRound({ replies, program: program(), round: 7, locale: 'sv' })).toThrow(InputError);
  });

  it('keeps Övrigt out of a theme list when every reply fits', () => {
    const c = compileRound({ replies: replies.filter((r) => !ODD.includes(r.text ?? '')), locale: 'en' });
    const other = c.questions[0]?.themes.find((t) => t.other);
    expect(other === undefined || other.label === 'Other').toBe(true);
  });
});

describe('theme labels', () => {
  it('heads a theme with what sets it apart, not with the word the question asked about', () => {
    const own = [
      'Vi vill ha en gemensam mall för stödplanen i alla kommuner.',
      'En gemensam mall gör stödplanen enklare att följa upp.',
      'Stödplanen blir tydligare med en gemensam mall.',
      'Stödplanen ska vara kort och skrivas tillsammans med den anhörige.',
    ];
    const replies: CompileReply[] = [...topicReplies().filter((r) => r.topic !== 'stodplan'), ...own.map((text, i) => ({ id: `m${i}`, question: 'q1', text, network: 'nord', role: 'chef', consent: true }))];
    const asking = (text: string) => {
      const p = program();
      const q = p.rounds[0]?.questions[0];
      if (q) q.text = text;
      return p;
    };
    const label = (text: string) =>
      themeOf(compileRound({ replies, program: asking(text), round: 1, locale: 'sv', lexicon: false }), 'm0')?.label;
    expect(label('Vilket stöd behöver anhöriga?')).toBe('Stödplanen');
    expect(label('Hur kan en stödplan hjälpa anhöriga?')).toBe('Gemensam mall');
  });

  it('names a theme by the domain concept most of it is about, each concept once', () => {
    const replies = topicReplies();
    const c = compileRound({ replies, locale: 'sv' });
    const labels = (c.questions[0]?.themes ?? []).map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    const korttid = themeOf(c, 'r13')?.label ?? '';
    expect(korttid.toLowerCase()).toMatch(/växelvård|korttid/);
    const en = compileRound({ replies, locale: 'en' });
    expect(en.questions[0]?.themes.find((t) => t.replyIds.includes('r01'))?.label).toBe('Respite');
  });
});
