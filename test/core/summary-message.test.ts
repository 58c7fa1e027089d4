import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRound } from '../../src/compile/compile-round';
import { parseReplyLines } from '../../src/compile/read-replies';
import { summaryMessage } from '../../src/core/summary-message';
import { program, topicReplies } from '../compile/fixtures';
import { exampleProgram } from '../helpers/bot-context';

describe('summaryMessage', () => {
  const offline = compileRound({ replies: topicReplies(), program: program(), round: 1, locale: 'sv' });
  const texts = (c: typeof offline) => summaryMessage(c).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

  it('says in chat, as the Word file does, when a language model wrote headings, and nothing of one otherwise', () => {
    expect(texts(offline)).not.toMatch(/språkmodell/i);
    const model = { name: 'gpt-4o-mini', asked: 4, written: 3, fallbacks: [{ themeId: 'q1-t4', reason: 'timeout' }], tokens: { prompt: 0, completion: 0 } };
    expect(texts({ ...offline, model })).toContain('Språkmodellen gpt-4o-mini har skrivit rubrik och sammanfattning under 3 av 4 teman');
  });

  it('heads a machine draft Utkast and a version shaped on the workbench Bearbetad version, with no draft word', () => {
    expect(summaryMessage(offline).fallback).toMatch(/^Utkast/);
    expect(texts(offline)).toMatch(/^Utkast: sammanställning av träff 1/);
    const edited = summaryMessage({ ...offline, stage: 'edited' });
    expect(edited.fallback).toBe('Bearbetad version av sammanställningen av träff 1');
    expect(texts({ ...offline, stage: 'edited' })).toMatch(/^Bearbetad version: sammanställning av träff 1/);
    expect(`${edited.fallback} ${texts({ ...offline, stage: 'edited' })}`).not.toMatch(/utkast/i);
  });

  it('counts a theme’s answers as svar and the group’s minutes apart, as the participation line does (the example replies)', () => {
    const { replies } = parseReplyLines(readFileSync(join(__dirname, '../../examples/replies.sv.jsonl'), 'utf8'), 'sv');
    const examples = compileRound({ replies, program: exampleProgram(), round: 1, locale: 'sv' });
    const blocks = summaryMessage(examples).blocks;
    // The first question: 6 answers and Eskilstuna's minutes; its themes said "4 svar", "2 svar", "1 svar" (7) before.
    const syfte = blocks[blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith('Vad vill ni uppnå')) + 1];
    const items = syfte?.type === 'list' ? syfte.items : [];
    const said = (re: RegExp) => items.reduce((sum, item) => sum + Number(re.exec(item)?.[1] ?? 0), 0);
    expect(said(/(\d+) svar/)).toBe(6);
    expect(said(/(\d+) gruppanteckning/)).toBe(1);
    expect(items.join('\n')).toMatch(/ — 3 svar · 1 gruppanteckning \(/);
  });
});
