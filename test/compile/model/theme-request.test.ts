import { compileRound } from '../../../src/compile/compile-round';
import { modelSources } from '../../../src/compile/model/model-sources';
import { THEME_CHARS, themeRequest } from '../../../src/compile/model/theme-request';
import type { CompileReply } from '../../../src/compile/types';
import { exampleProgram } from '../../helpers/bot-context';

describe('themeRequest', () => {
  const program = exampleProgram();
  // One theme of many long replies: more text than one request carries.
  const replies: CompileReply[] = Array.from({ length: 40 }, (_, i) => ({
    id: `r${i}`,
    question: 'q',
    network: ['eskilstuna', 'katrineholm', 'nykoping'][i % 3],
    role: 'anhorig',
    consent: i % 2 === 0,
    text: `Avlösning i hemmet behöver bli mer flexibel för oss i Eskilstuna, svar ${i}. ${'Vi behöver avlösning på kvällar och helger. '.repeat(8)}`,
  }));
  const round = { ...program.rounds[0], number: 1, questions: [{ id: 'q', text: 'Vad behöver ni i Nyköping?', kind: 'text' }] };
  const p = { ...program, themes: [], rounds: [round] } as typeof program;
  const c = compileRound({ program: p, round: 1, replies, locale: 'sv' });
  const sources = modelSources(replies, p, undefined, 'sv');

  it('carries the quoted replies first and stops at THEME_CHARS of reply text, numbering them 1, 2, 3 …', () => {
    const q = c.questions[0];
    const t = q?.themes.find((x) => x.quotes.length > 0);
    if (!q || !t) throw new Error('expected a theme with quotes');
    const r = themeRequest(q, t, sources, 1, 'sv');
    const chars = r.payload.replies.reduce((n, x) => n + x.text.length, 0);
    expect(chars).toBeLessThanOrEqual(THEME_CHARS);
    expect(r.payload.replies.length).toBeLessThan(t.replyIds.length);
    expect(r.payload.replies.map((x) => x.id)).toEqual(r.payload.replies.map((_, i) => i + 1));
    const quoted = new Set(t.quotes.map((x) => x.replyId));
    expect(quoted.has(r.refs.get(1)?.id ?? '')).toBe(true);
    // The question and the replies name networks only by number.
    expect(r.payload.question).toBe('Vad behöver ni i nätverk 3?');
    expect(JSON.stringify(r.payload)).not.toMatch(/eskilstuna|katrineholm|nyköping|nykoping/i);
    // The numbers a synthesis may use: the theme's counts, the round, and those in the text sent.
    expect([...r.numbers]).toEqual(expect.arrayContaining([t.replyCount, t.networks.length, q.networkTotal, 1]));
  });
});
