import { roundMessage } from '../../../src/core/messages/round-message';
import type { Network, Program } from '../../../src/program/schema';
import { exampleProgram } from '../../helpers/bot-context';

const program = exampleProgram();
const round = program.rounds[0] as Program['rounds'][number];
const eskilstuna = program.networks[0] as Network;
const text = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

describe('roundMessage', () => {
  it('posts the round: heading, the network, meeting and deadline in the program zone, every question with its help', () => {
    const m = roundMessage(program, round, eskilstuna, 'post', 'sv');
    expect(m.blocks[0]).toEqual({ type: 'heading', text: 'Träff 1: Vad är ett individualiserat anhörigstöd?' });
    expect(m.blocks[1]).toEqual({ type: 'text', text: expect.stringContaining('nästa träff i Eskilstuna') });
    // 3 December 2026, 13:00 in Stockholm; the deadline a week later at 09:00.
    expect(text(m)).toContain('3 december');
    expect(text(m)).toContain('13.00');
    expect(text(m)).toContain('10 december');
    const list = m.blocks.find((b) => b.type === 'list');
    expect(list).toEqual({ type: 'list', items: round.questions.map((q) => (q.help ? `${q.text} (${q.help})` : q.text)) });
    expect(m.fallback).toMatch(/^Träff 1: Vad är ett individualiserat anhörigstöd\? — .*3 december/);
  });

  it('carries Svara first and emphasised, then the minutes button, both naming the round and network', () => {
    const m = roundMessage(program, round, eskilstuna, 'post', 'sv');
    const value = { program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' };
    expect(m.actions).toEqual([
      { id: 'answer', label: 'Svara', value, primary: true },
      { id: 'minutes', label: 'Dokumentera gruppens samtal (ledare)', value },
    ]);
  });

  it('reminds with the meeting time instead of the introduction, in English when asked', () => {
    const m = roundMessage(program, round, eskilstuna, 'remind', 'en');
    expect(m.blocks[1]).toEqual({ type: 'text', text: expect.stringMatching(/^Reminder: meeting 1 is on .*3 December/) });
    expect(text(m)).not.toContain('Here are the questions');
    expect(m.actions.map((a) => a.label)).toEqual(['Answer', "Document the group's discussion (leaders)"]);
  });

  it('keeps markup and emoji in a question as plain text: escaping is the adapters\' work', () => {
    const odd = { ...round, questions: [{ id: 'q', kind: 'text' as const, text: '<b>Hur</b> *mår* ni? 🌱' }] };
    const m = roundMessage(program, odd, { ...eskilstuna, name: 'Eskil & <Tuna>' }, 'post', 'sv');
    expect(m.blocks.find((b) => b.type === 'list')).toEqual({ type: 'list', items: ['<b>Hur</b> *mår* ni? 🌱'] });
    expect(text(m)).toContain('Eskil & <Tuna>');
  });
});
