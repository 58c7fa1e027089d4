import { purgeReplies } from '../../src/replies/purge-replies';
import { openStore, type Store } from '../../src/store/open-store';
import { replyInput } from '../helpers/reply-input';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-24T09:00:00.000Z');

const { backends } = storeBackends('purge.sqlite');

describe.each(backends)('purgeReplies on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    for (const r of await store.replies.list()) await store.replies.delete(r.id);
  });
  afterEach(async () => store.close());

  it('deletes every reply of one program, counting answers, minutes and earlier versions, and leaves other programs', async () => {
    await store.replies.saveMany(
      [replyInput({ id: 'a1' }), replyInput({ id: 'a2', network: 'katrineholm', round: 2 }), replyInput({ id: 'm1', kind: 'minutes', author: null }), replyInput({ id: 'other', program: 'annat' })],
      T0,
    );
    await store.replies.save(replyInput({ id: 'a1', text: 'ändrat' }), T1);
    await store.replies.save(replyInput({ id: 'a1', text: 'ändrat igen' }), T1);
    await store.replies.save(replyInput({ id: 'm1', kind: 'minutes', author: null, text: 'nya anteckningar' }), T1);
    expect(await purgeReplies(store.replies, 'anhorigstod-2027')).toEqual({ answers: 2, minutes: 1, versions: 3 });
    expect((await store.replies.list()).map((r) => r.id)).toEqual(['other']);
  });

  it('counts nothing the second time, or for a program with no replies', async () => {
    await store.replies.save(replyInput(), T0);
    expect(await purgeReplies(store.replies, 'anhorigstod-2027')).toEqual({ answers: 1, minutes: 0, versions: 0 });
    expect(await purgeReplies(store.replies, 'anhorigstod-2027')).toEqual({ answers: 0, minutes: 0, versions: 0 });
    expect(await purgeReplies(store.replies, 'ingen')).toEqual({ answers: 0, minutes: 0, versions: 0 });
  });

  it('counts each reply once when two instances purge at the same time', async () => {
    await store.replies.saveMany(['a', 'b', 'c'].map((id) => replyInput({ id })), T0);
    const other = await openStore(url());
    try {
      const [one, two] = await Promise.all([purgeReplies(store.replies, 'anhorigstod-2027'), purgeReplies(other.replies, 'anhorigstod-2027')]);
      expect(one.answers + two.answers).toBe(3);
      expect(await store.replies.list()).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
