import { compileRound } from '../../../src/compile/compile-round';
import { checkAnswer } from '../../../src/compile/model/check-answer';
import type { ThemeAnswer } from '../../../src/compile/model/model-answer';
import { modelSources } from '../../../src/compile/model/model-sources';
import { themeRequest } from '../../../src/compile/model/theme-request';
import { tinyReplies } from './fixtures/tiny-round';

const c = compileRound({ replies: tinyReplies, locale: 'sv' });
const sources = modelSources(tinyReplies, undefined, undefined, 'sv');
const q = c.questions[0];
const t = q?.themes[0];
if (!q || !t) throw new Error('the tiny round has one theme');
const request = themeRequest(q, t, sources, null, 'sv');
// Reply numbers in the request: 1 and 2 consented, 3 did not (see the recorded request).
const good: ThemeAnswer = {
  heading: 'Flexibel avlösning',
  synthesis: 'Avlösning tas upp i båda nätverken, av anhöriga, chefer och personal. Flera vill att stödet utgår från vardagen.',
  sources: [1, 2],
  quotes: [{ reply: 2, text: '”Vi vill erbjuda avlösning som är flexibel”' }],
};
const check = (over: Partial<ThemeAnswer>) => checkAnswer({ ...good, ...over }, request, sources, 'sv');
const reason = (over: Partial<ThemeAnswer>) => {
  const r = check(over);
  return r.ok ? 'ok' : r.reason;
};

describe('checkAnswer', () => {
  it('takes a good answer, its quote attributed by the reply\'s role, quote marks and spacing as the reply has them', () => {
    expect(check({})).toEqual({
      ok: true,
      heading: 'Flexibel avlösning',
      synthesis: good.synthesis,
      quotes: [{ replyId: 'a3', text: 'Vi vill erbjuda avlösning som är flexibel', role: 'chef' }],
    });
  });

  it('refuses quotes that are not word for word, too short, or from a reply without consent', () => {
    expect(reason({ quotes: [{ reply: 2, text: 'Vi vill erbjuda avlösning som alltid är flexibel' }] })).toBe('invented-quote');
    expect(reason({ quotes: [{ reply: 2, text: 'Vi vill' }] })).toBe('invented-quote');
    expect(reason({ quotes: [{ reply: 3, text: 'Anhöriga frågar efter avlösning' }] })).toBe('quote-not-consenting');
    expect(reason({ quotes: [{ reply: 9, text: 'Vi vill erbjuda avlösning' }] })).toBe('unknown-id');
  });

  it('refuses reply numbers never sent and answers out of shape', () => {
    expect(reason({ sources: [1, 4] })).toBe('unknown-id');
    expect(reason({ sources: [] })).toBe('shape');
    expect(reason({ heading: '' })).toBe('shape');
    expect(reason({ synthesis: 'För kort.' })).toBe('shape');
    expect(reason({ heading: 'En rubrik som är alldeles för lång för att vara en rubrik i ett utkast' })).toBe('shape');
  });

  it('refuses names: a network, a network\'s number, a person, a capitalised name the replies do not hold, a placeholder', () => {
    const tail = ' Flera vill att stödet utgår från vardagen och fungerar bra.';
    expect(reason({ synthesis: `I norr efterfrågas avlösning av anhöriga och personal.${tail}` })).toBe('names-network');
    expect(reason({ synthesis: `I nätverk 2 efterfrågas avlösning av anhöriga och personal.${tail}` })).toBe('names-network');
    expect(reason({ synthesis: `Enligt Karin efterfrågas avlösning av anhöriga och personal.${tail}` })).toBe('names-person');
    expect(reason({ synthesis: `Enligt Socialstyrelsen efterfrågas avlösning av anhöriga och personal.${tail}` })).toBe('unknown-name');
    expect(reason({ synthesis: `Avlösning efterfrågas av [namn] och av personal i nätverken.${tail}` })).toBe('placeholder');
  });

  it('refuses numbers the data does not hold, in digits or words, and takes those it does', () => {
    const tail = ' Flera vill att stödet utgår från vardagen och fungerar bra.';
    expect(reason({ synthesis: `Avlösning tas upp i 3 svar från två nätverk.${tail}` })).toBe('ok');
    expect(reason({ synthesis: `Avlösning tas upp i 12 svar från flera nätverk.${tail}` })).toBe('unknown-number');
    expect(reason({ synthesis: `Avlösning tas upp i fem nätverk av anhöriga och personal.${tail}` })).toBe('unknown-number');
  });

  it('refuses five words in a row from a reply whose author did not consent, in the heading or the synthesis', () => {
    const tail = ' Flera vill att stödet utgår från vardagen och fungerar bra.';
    expect(reason({ synthesis: `Personalen säger att de frågar efter avlösning på kvällar ibland.${tail}` })).toBe('verbatim');
    expect(reason({ heading: 'Avlösning på kvällar och helger' })).toBe('verbatim');
  });
});
