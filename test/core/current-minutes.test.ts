import { currentMinutes } from '../../src/core/current-minutes';
import type { ReplyInput } from '../../src/replies/reply';
import { testContextForEach } from '../helpers/bot-context';

// Over a real SQLite store: minutes written by the form and by an import, at different times
// (ids so that the newer record does not come first by id).
const t = testContextForEach({ now: '2026-10-27T10:00:00Z' });

const program = () => t.ctx.program.program.id;
const minutes = (id: string, question: string, text: string, network = 'eskilstuna'): ReplyInput => ({
  id,
  program: program(),
  round: 1,
  network,
  question,
  author: null,
  role: 'annan',
  kind: 'minutes',
  text,
  option: null,
  consent: false,
});

describe('currentMinutes', () => {
  it("keeps the newest record per question and lists the older ones, only of the network's minutes", async () => {
    await t.store.replies.save(minutes('a-import-q1', 'q1', 'importerad'), t.clock.now());
    t.clock.advance(60_000);
    await t.store.replies.save(minutes('z-form-q1', 'q1', 'från formuläret'), t.clock.now());
    await t.store.replies.save(minutes('form-q2', 'q2', 'fråga två'), t.clock.now());
    await t.store.replies.save(minutes('other', 'q1', 'annat nätverk', 'katrineholm'), t.clock.now());
    await t.store.replies.save({ ...minutes('answer', 'q1', 'ett svar'), kind: 'answer' }, t.clock.now());

    const current = await currentMinutes(t.ctx, program(), 1, 'eskilstuna');
    expect(current.byQuestion.get('q1')?.id).toBe('z-form-q1');
    expect(current.byQuestion.get('q2')?.id).toBe('form-q2');
    expect([...current.byQuestion.keys()].sort()).toEqual(['q1', 'q2']);
    expect(current.older.map((r) => r.id)).toEqual(['a-import-q1']);
  });

  it('finds nothing for a network without minutes', async () => {
    const current = await currentMinutes(t.ctx, program(), 1, 'eskilstuna');
    expect(current.byQuestion.size).toBe(0);
    expect(current.older).toEqual([]);
  });
});
