import { noChannelMessage } from '../../../src/core/messages/no-channel-message';
import type { Round } from '../../../src/program/schema';
import { exampleProgram } from '../../helpers/bot-context';

const program = exampleProgram();
const round = program.rounds[0] as Round;

describe('noChannelMessage', () => {
  it('names each network without a channel with its id, and when the questions go out', () => {
    const m = noChannelMessage(program, round, ['nykoping', 'katrineholm'], 'sv', 'slack');
    expect(m.fallback).toBe('Nätverk utan kanal inför träff 1');
    expect(m.blocks).toHaveLength(1);
    const text = (m.blocks[0] as { text: string }).text;
    expect(text).toContain('Nyköping (nykoping), Katrineholm (katrineholm)');
    // Posted 14 days before the meeting of 3 December, at 09:00.
    expect(text).toMatch(/skickas .*19 november.*09\.00/);
    expect(text).toContain('Kör /lnb koppla <nätverk>');
    expect(m.actions).toEqual([]);
  });

  it('shows an id the program does not know as it is, and speaks English', () => {
    const m = noChannelMessage(program, round, ['malmo'], 'en', 'teams');
    expect((m.blocks[0] as { text: string }).text).toContain('no channel yet: malmo (malmo).');
    expect((m.blocks[0] as { text: string }).text).toContain('@');
  });
});
