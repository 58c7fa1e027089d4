import { deadlineMessage } from '../../../src/core/messages/deadline-message';
import type { Round } from '../../../src/program/schema';
import { exampleProgram } from '../../helpers/bot-context';

const program = exampleProgram();
const round = program.rounds[0] as Round;

describe('deadlineMessage', () => {
  it('names who has documented and who has not, by name and in the program\'s order', () => {
    const m = deadlineMessage(program, round, ['nykoping', 'eskilstuna'], 'sv', 'slack');
    expect(m.fallback).toBe('Sista dagen för träff 1 har passerat');
    expect(m.blocks[0]).toEqual({ type: 'text', text: 'Sista dagen för att dokumentera träff 1 (Vad är ett individualiserat anhörigstöd?) har passerat.' });
    expect(m.blocks[1]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Har dokumenterat', value: 'Eskilstuna, Nyköping' },
        { label: 'Inte än', value: 'Katrineholm' },
      ],
    });
    expect(m.actions).toEqual([]);
  });

  it('says none on the side that is empty, and ignores a network the program no longer has', () => {
    const none = deadlineMessage(program, round, ['gone'], 'en', 'teams');
    expect(none.blocks[1]).toEqual({
      type: 'fields',
      fields: [
        { label: 'Documented', value: 'none' },
        { label: 'Not yet', value: 'Eskilstuna, Katrineholm, Nyköping' },
      ],
    });
    const all = deadlineMessage(program, round, ['eskilstuna', 'katrineholm', 'nykoping'], 'en', 'teams');
    expect(all.blocks[1]).toMatchObject({ fields: [{ value: 'Eskilstuna, Katrineholm, Nyköping' }, { value: 'none' }] });
  });

  it('hints at the summary command as typed on the coordinator\'s platform', () => {
    expect(deadlineMessage(program, round, [], 'sv', 'slack').blocks[2]).toEqual({ type: 'context', text: 'Skriv /summary 1 för ett utkast till sammanställning.' });
    expect(deadlineMessage(program, round, [], 'sv', 'local').blocks[2]).toEqual({ type: 'context', text: 'Skriv sammanställning 1 för ett utkast till sammanställning.' });
  });
});
