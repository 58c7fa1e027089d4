import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProgram } from '../../src/program/load-program';
import { seedExampleReplies } from '../../src/webchat/seed-example-replies';
import { EXAMPLE_PROGRAM_FILE, openTestContext, type TestContext } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const EXAMPLE_REPLIES = join(__dirname, '../../examples/replies.sv.jsonl');
const lines = readFileSync(EXAMPLE_REPLIES, 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('seedExampleReplies', () => {
  let t: TestContext;
  const dir = tempDir();
  beforeEach(async () => {
    t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  });
  afterEach(() => t.close());
  afterAll(() => dir.remove());

  it('imports the example replies into an empty store, once, dated now rather than when they were written', async () => {
    const count = await seedExampleReplies(t.ctx, EXAMPLE_REPLIES);
    expect(count).toBe(lines.length);
    const stored = await t.store.replies.list({ program: t.ctx.program.program.id });
    expect(stored).toHaveLength(count);
    expect(new Set(stored.map((r) => r.createdAt))).toEqual(new Set(['2026-11-23T10:00:00.000Z']));
    // A restart finds replies and leaves them alone.
    expect(await seedExampleReplies(t.ctx, EXAMPLE_REPLIES)).toBe(0);
    expect(await t.store.replies.list({ program: t.ctx.program.program.id })).toHaveLength(count);
  });

  it('leaves a store someone already uses alone, even with a single reply', async () => {
    await t.store.replies.save(replyInput({ id: 'own', program: t.ctx.program.program.id }), new Date('2026-11-22T10:00:00Z'));
    expect(await seedExampleReplies(t.ctx, EXAMPLE_REPLIES)).toBe(0);
    expect((await t.store.replies.list({})).map((r) => r.id)).toEqual(['own']);
  });

  it('imports only the lines that fit the program loaded: its id, networks, rounds and questions', async () => {
    const file = join(dir.path, 'mixed.jsonl');
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    const variant = (over: Record<string, unknown>) => JSON.stringify({ ...first, ...over });
    writeFileSync(
      file,
      [
        variant({ id: 'fits' }),
        variant({ id: 'other-program', program: 'annat-program' }),
        variant({ id: 'other-network', network: 'flen' }),
        variant({ id: 'other-round', round: 9 }),
        variant({ id: 'other-question', question: 'finns-inte' }),
      ].join('\n'),
    );
    expect(await seedExampleReplies(t.ctx, file)).toBe(1);
    expect((await t.store.replies.list({})).map((r) => r.id)).toEqual(['fits']);
  });

  it('imports nothing from a file that is missing, or has nothing for this program', async () => {
    expect(await seedExampleReplies(t.ctx, join(dir.path, 'missing.jsonl'))).toBe(0);
    const other = await openTestContext({ program: parseProgram(readFileSync(EXAMPLE_PROGRAM_FILE, 'utf8').replace('id: anhorigstod-2027', 'id: ett-annat-program'), EXAMPLE_PROGRAM_FILE) });
    try {
      expect(await seedExampleReplies(other.ctx, EXAMPLE_REPLIES)).toBe(0);
      expect(await other.store.replies.list({})).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
