import { workbenchReplies } from '../../src/workbench/workbench-replies';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

describe('workbenchReplies', () => {
  let t: TestContext;
  const at = new Date('2026-11-22T10:00:00Z');
  const program = 'anhorigstod-2027';
  beforeAll(async () => {
    t = await openTestContext();
    const save = (over: Parameters<typeof replyInput>[0]) => t.store.replies.save(replyInput({ program, ...over }), at);
    await save({ id: 'named', text: 'Min man Per Andersson (070-123 45 67, per@example.se) behöver avlösning 🙂 <b>nu</b>.', author: { platform: 'local', userId: 'deltagare-eskilstuna' } });
    await save({ id: 'choice', text: null, option: 'Ja', question: 'forvantningar' });
    await save({ id: 'empty', text: null, option: null });
    await save({ id: 'minutes', kind: 'minutes', role: 'politiker', author: null, consent: false, text: 'Gruppen talade om stödplaner.' });
    await save({ id: 'other-network', network: 'katrineholm', text: 'Annat nätverk.' });
    await save({ id: 'other-round', round: 2, text: 'Annan träff.' });
    await save({ id: 'other-program', program: 'annat-program', text: 'Annat program.' });
  });
  afterAll(() => t.close());

  it('gives the scope’s replies with content, each text redacted as the compilation shows it', async () => {
    const replies = await workbenchReplies(t.store, { program, round: 1, network: 'eskilstuna' }, 'sv');
    expect(replies.map((r) => r.id).sort()).toEqual(['choice', 'minutes', 'named']);
    const named = replies.find((r) => r.id === 'named');
    expect(named?.text).toBe('Min man [namn] ([telefonnummer], [e-post]) behöver avlösning 🙂 <b>nu</b>.');
    expect(replies.find((r) => r.id === 'choice')).toMatchObject({ text: null, option: 'Ja' });
    expect(replies.find((r) => r.id === 'minutes')).toMatchObject({ kind: 'minutes', consent: false, network: 'eskilstuna' });
  });

  it('writes the placeholders in the language asked for', async () => {
    const replies = await workbenchReplies(t.store, { program, round: 1, network: 'eskilstuna' }, 'en');
    expect(replies.find((r) => r.id === 'named')?.text).toMatch(/^Min man \[name\] \(\[phone[^\]]*\], \[e-?mail[^\]]*\]\)/);
  });

  it('takes every network of the round for a whole-round scope', async () => {
    const replies = await workbenchReplies(t.store, { program, round: 1 }, 'sv');
    expect(replies.map((r) => r.id).sort()).toEqual(['choice', 'minutes', 'named', 'other-network']);
  });

  it('never carries who wrote a reply, only a one-way key', async () => {
    const replies = await workbenchReplies(t.store, { program, round: 1 }, 'sv');
    expect(JSON.stringify(replies)).not.toContain('deltagare-eskilstuna');
    expect(replies.find((r) => r.id === 'named')?.author).toMatch(/^[0-9a-f]{16}$/);
    expect(replies.find((r) => r.id === 'minutes')).not.toHaveProperty('author');
  });
});
