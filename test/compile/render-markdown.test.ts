import { compileRound } from '../../src/compile/compile-round';
import { renderMarkdown } from '../../src/compile/render-markdown';
import { program, topicReplies } from './fixtures';

describe('renderMarkdown', () => {
  const draft = compileRound({ replies: topicReplies(), program: program(), round: 1, locale: 'sv' });
  const title = (c: typeof draft) => renderMarkdown(c).split('\n')[0];

  it('titles a machine draft Utkast, a shaped version Bearbetad version, and a published one with neither', () => {
    expect(title(draft)).toBe('# Sammanställning: Testprogram — Utkast');
    expect(title({ ...draft, stage: 'edited' })).toBe('# Sammanställning: Testprogram — Bearbetad version');
    expect(title({ ...draft, stage: 'published' })).toBe('# Sammanställning: Testprogram');
    expect(renderMarkdown({ ...draft, stage: 'published' })).not.toMatch(/Utkast|Bearbetad/);
  });

  it('sets a quote in the quotation marks of the draft’s language: ”…” in Swedish, “…” in English', () => {
    const quote = draft.questions[0]?.themes.flatMap((t) => t.quotes)[0];
    if (!quote) throw new Error('expected a quote');
    expect(renderMarkdown(draft)).toContain(`> ”${quote.text}”`);
    const english = compileRound({ replies: topicReplies(), program: program(), round: 1, locale: 'en' });
    const en = english.questions[0]?.themes.flatMap((t) => t.quotes)[0];
    if (!en) throw new Error('expected a quote');
    expect(renderMarkdown(english)).toContain(`> “${en.text}”`);
    expect(renderMarkdown(english)).not.toContain('> ”');
  });
});
