import type { CompiledTheme, CompileReply } from '../../src/compile/types';
import { type Program, programSchema } from '../../src/program/schema';

/** Replies on three clear topics, over three networks, plus two that fit nothing. */
export const TOPICS: Record<string, string[]> = {
  avlosning: [
    'Avlösning i hemmet behöver bli mer flexibel, så att anhöriga kan vara spontana.',
    'Vi vill ha avlösning utan att behöva boka flera dagar i förväg.',
    'Avlösningen sköts av personal från hemtjänsten, det ger trygghet med samma personal.',
    'Anhöriga efterfrågar avlösning på kvällar och helger.',
    'En anhörig vill att avlösaren ska vara som en vän, avlösningen blir då meningsfull.',
    'Avlösning är det stöd som flest anhöriga efterfrågar i vår kommun.',
  ],
  stodplan: [
    'En stödplan gör att den anhöriges behov blir dokumenterade.',
    'Stödplanen följs upp efter ett halvår tillsammans med anhörigkonsulenten.',
    'Vi har börjat använda stödplaner i alla samtal med anhöriga.',
    'Stödplanen behöver vara enkel, annars används den inte.',
    'Med en stödplan kan vi se om stödet har hjälpt.',
    'Stödplaner finns men dokumenteras olika i olika kommuner.',
  ],
  korttid: [
    'Det är brist på korttidsplatser och växelvård i kommunen.',
    'Växelvården upplevs ibland som otrygg för den närstående.',
    'Korttidsplatsen ska kännas som ett bra ställe, annars vill ingen åka dit.',
    'Fler korttidsplatser behövs för att anhöriga ska orka.',
    'Växelvård varannan vecka har gjort att anhöriga orkar längre.',
    'Korttidsplats med kort varsel är svårt att få.',
  ],
};
export const ODD = ['Vädret var fint på mötet i torsdags.', 'Glöm inte parkeringstillståndet i receptionen.'];
const ROLES = ['anhorig', 'chef', 'personal'];
const NETWORKS = ['nord', 'syd', 'vast'];

export function topicReplies(question = 'q1'): (CompileReply & { topic: string })[] {
  const out: (CompileReply & { topic: string })[] = [];
  let n = 0;
  for (const [topic, texts] of Object.entries(TOPICS)) {
    for (const text of texts) {
      n += 1;
      out.push({
        id: `r${String(n).padStart(2, '0')}`,
        question,
        text,
        option: null,
        role: ROLES[n % 3],
        network: NETWORKS[n % 3],
        kind: 'answer',
        consent: n % 2 === 0,
        topic,
      });
    }
  }
  ODD.forEach((text, i) => {
    out.push({ id: `odd${i}`, question, text, option: null, role: 'annan', network: 'nord', consent: true, topic: 'odd' });
  });
  return out;
}

export function program(themes: { label: string; hints?: string[] }[] = []): Program {
  return programSchema.parse({
    program: { id: 'test', title: 'Testprogram', background: 'Bakgrund med kontakt 070-123 45 67.' },
    networks: NETWORKS.map((id) => ({ id, name: `Nätverk ${id}`, platform: 'local' }))
      .concat([{ id: 'ost', name: 'Nätverk ost', platform: 'local' }]),
    themes,
    rounds: [
      {
        number: 1,
        title: 'Individuellt stöd',
        meeting: '2025-03-12T13:00',
        questions: [
          { id: 'q1', text: 'Vilket stöd behöver anhöriga?' },
          { id: 'q2', text: 'Var träffen bra?', kind: 'choice', options: ['Ja i hög grad', 'Ja i viss mån', 'Nej'] },
        ],
      },
    ],
  });
}

/** A compiled theme as the compiler gives it, for tests of what is built on one; `over` sets any field. */
export function compiledTheme(id: string, label: string, replyIds: string[], over: Partial<CompiledTheme> = {}): CompiledTheme {
  return {
    id,
    label,
    keywords: [],
    replyIds,
    replyCount: replyIds.length,
    minutes: 0,
    parts: [],
    summary: '',
    quotes: [],
    networks: [],
    roles: [],
    guided: false,
    other: false,
    ...over,
  };
}
