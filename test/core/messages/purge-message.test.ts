import { purgeMessage } from '../../../src/core/messages/purge-message';
import { exampleProgram } from '../../helpers/bot-context';

const program = exampleProgram();

describe('purgeMessage', () => {
  it('says what went, in counts only, with the program\'s title and retention', () => {
    const m = purgeMessage(program, { answers: 41, minutes: 7, versions: 3 }, 'sv');
    expect(m.fallback).toBe('Svaren i Individualiserat anhörigstöd är raderade');
    const text = (m.blocks[0] as { text: string }).text;
    expect(text).toContain(`Lagringstiden för Individualiserat anhörigstöd har gått ut (${program.program.retention.months} månader`);
    expect(text).toContain('svar: 41, gruppanteckningar: 7, tidigare versioner: 3');
    expect(m.blocks).toHaveLength(1);
    expect(m.actions).toEqual([]);
  });

  it('speaks English, and says so when nothing was left', () => {
    const text = (purgeMessage(program, { answers: 0, minutes: 0, versions: 0 }, 'en').blocks[0] as { text: string }).text;
    expect(text).toContain('answers: 0, group minutes: 0, earlier versions: 0');
  });
});
