import { nudgeMessage } from '../../../src/core/messages/nudge-message';
import type { Network, Round } from '../../../src/program/schema';
import { exampleProgram } from '../../helpers/bot-context';

const program = exampleProgram();
const round = program.rounds[0] as Round;
const katrineholm = program.networks[1] as Network;

describe('nudgeMessage', () => {
  it('tells a network\'s leaders their minutes are missing, how far the others are, and when it is due', () => {
    const m = nudgeMessage(program, round, katrineholm, { done: 1, total: 3 }, 'sv');
    expect(m.fallback).toBe('Anteckningarna från träff 1 i Katrineholm');
    expect(m.blocks[0]).toEqual({ type: 'text', text: expect.stringContaining('träff 1 i Katrineholm har inte kommit in än') });
    expect(m.blocks[1]).toEqual({ type: 'text', text: '1 av 3 nätverk har lämnat sina anteckningar.' });
    // The deadline: a week after the meeting of 3 December, at 09:00.
    expect(m.blocks[2]).toEqual({ type: 'context', text: expect.stringMatching(/^Sista dag: .*10 december.*09\.00/) });
  });

  it('carries the minutes button for that round and network, and speaks English when asked', () => {
    const m = nudgeMessage(program, round, katrineholm, { done: 0, total: 3 }, 'en');
    expect(m.actions).toEqual([
      { id: 'minutes', label: "Document the group's discussion (leaders)", value: { program: 'anhorigstod-2027', round: 1, network: 'katrineholm' }, primary: true },
    ]);
    expect(m.blocks[1]).toEqual({ type: 'text', text: '0 of 3 networks have sent their notes.' });
  });
});
