import { compileRound } from '../../src/compile/compile-round';
import { summaryMessage } from '../../src/core/summary-message';
import { program, topicReplies } from '../compile/fixtures';

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
});
