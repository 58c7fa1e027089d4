import { modelSources } from '../../../src/compile/model/model-sources';
import { exampleProgram } from '../../helpers/bot-context';

describe('modelSources', () => {
  const program = exampleProgram();
  const replies = [
    { id: 'x1', question: 'q', network: 'katrineholm', role: 'anhorig', consent: true, author: 'U1', text: 'I Katrineholm och i eskilstuna ringer vi 070-123 45 67.' },
    { id: 'x2', question: 'q', network: 'nykoping', role: 'chef', consent: false, text: 'Nyköping har ingen avlösning på helger.' },
    { id: 'x3', question: 'q', network: 'nykoping', kind: 'minutes' as const, consent: true, text: 'Gruppen talade om avlösning.' },
  ];

  it('names networks by number in the program\'s order, in the replies\' text too, redacted as the compiler redacts', () => {
    const s = modelSources(replies, program, undefined, 'sv');
    const q = s.replies.get('q');
    expect(q?.get('x1')).toMatchObject({ network: 'nätverk 2', role: 'anhorig', consent: true, sent: 'I nätverk 2 och i nätverk 1 ringer vi [telefonnummer].' });
    expect(q?.get('x1')?.text).toBe('I Katrineholm och i eskilstuna ringer vi [telefonnummer].');
    expect(q?.get('x2')).toMatchObject({ network: 'nätverk 3', sent: 'nätverk 3 har ingen avlösning på helger.', consent: false });
    // The group's minutes are the group's: no role.
    expect(q?.get('x3')).toMatchObject({ role: null, minutes: true });
    expect(s.networkNames).toEqual(expect.arrayContaining(['eskilstuna', 'katrineholm', 'nyköping', 'nykoping']));
    expect(s.guard.leaks('de säger att nyköping har ingen avlösning på helger')).toBe(true);
    expect(s.scrub('Hur gör ni i Nyköping och Eskilstuna?')).toBe('Hur gör ni i nätverk 3 och nätverk 1?');
  });

  it('keeps to one network when the compilation is for one', () => {
    const s = modelSources(replies, program, 'nykoping', 'sv');
    expect([...(s.replies.get('q')?.keys() ?? [])]).toEqual(['x2', 'x3']);
  });
});
