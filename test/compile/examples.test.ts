import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io';
import { compileCommand } from '../../src/cli/commands/compile';
import { parseReplyLines } from '../../src/compile/read-replies';
import { replyLineSchema } from '../../src/replies/reply-line';

const root = join(__dirname, '..', '..');
const file = join(root, 'examples', 'replies.sv.jsonl');

describe('examples/replies.sv.jsonl', () => {
  it('is in the format lnb import reads, for round 1 of the example program', () => {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(30);
    const program = readFileSync(join(root, 'examples', 'program.sv.yaml'), 'utf8');
    for (const line of lines) {
      const reply = replyLineSchema.parse(JSON.parse(line));
      expect(reply.program).toBe('anhorigstod-2027');
      expect(reply.round).toBe(1);
      expect(program).toContain(`id: ${reply.network}`);
      expect(program).toContain(`id: ${reply.question}`);
    }
    const { problems } = parseReplyLines(readFileSync(file, 'utf8'), 'sv');
    expect(problems).toEqual([]);
  });

  it('compiles with lnb compile into labelled themes for every question', async () => {
    const out: string[] = [];
    const cli: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => {},
      cwd: root,
      env: {},
      now: () => new Date('2026-12-10T00:00:00Z'),
      locale: 'sv',
    };
    expect(await compileCommand(['--input', 'examples/replies.sv.jsonl', '--format', 'json'], cli)).toBe(0);
    const c = JSON.parse(out.join('')) as { questions: { questionId: string; themes: { label: string; other?: boolean; replyIds: string[] }[] }[] };
    expect(c.questions.map((q) => q.questionId).sort()).toEqual(['exempel', 'stodplan', 'syfte', 'utveckla']);
    for (const q of c.questions) {
      const named = q.themes.filter((t) => !/^Övrigt$|^Tema \d+$/.test(t.label));
      expect(named.length).toBeGreaterThanOrEqual(1);
      for (const t of q.themes) expect(t.label).not.toContain(',');
    }
  });
});

describe('parts of long replies in Markdown', () => {
  it('lists the part of a leader\'s minutes under each theme it went to, text only when consented', async () => {
    const { compileRound } = await import('../../src/compile/compile-round');
    const { renderMarkdown } = await import('../../src/compile/render-markdown');
    const { replies } = parseReplyLines(readFileSync(file, 'utf8'), 'sv');
    const c = compileRound({ replies, locale: 'sv' });
    const split = c.questions.flatMap((q) => q.themes).filter((t) => t.parts.length > 0);
    expect(split.length).toBeGreaterThan(0);
    const md = renderMarkdown(c);
    expect(md).toContain('Delar av längre svar');
    for (const t of split) {
      for (const p of t.parts) {
        expect(md).toContain(`${p.replyId} \\(del ${p.part + 1}\\)`);
        const consented = replies.find((r) => r.id === p.replyId)?.consent === true;
        expect(p.quotable).toBe(consented);
      }
    }
  });
});
