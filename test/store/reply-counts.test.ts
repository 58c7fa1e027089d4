import { Database } from 'sqlite3';
import { compileReplyOf } from '../../src/compile/compile-reply-of';
import { participation } from '../../src/compile/participation';
import { purgeReplies } from '../../src/replies/purge-replies';
import { hasContent, type ReplyInput } from '../../src/replies/reply';
import { openStore, type Store } from '../../src/store/open-store';
import { countReplies } from '../../src/store/reply-counts';
import { replyInput } from '../helpers/reply-input';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const NETWORKS = ['eskilstuna', 'katrineholm', 'nykoping'];
const ROUND = { program: 'anhorigstod-2027', round: 1 };

const { backends } = storeBackends('counts.sqlite');

const by = (userId: string) => ({ platform: 'slack' as const, userId });
/** A round as people fill it in: two answers by one person, answers that say nothing, an imported one without author, minutes. */
const round: ReplyInput[] = [
  replyInput({ id: 'a1', author: by('U1'), question: 'syfte' }),
  replyInput({ id: 'a2', author: by('U1'), question: 'behov' }),
  replyInput({ id: 'a3', author: by('U2') }),
  replyInput({ id: 'a4', author: null }),
  replyInput({ id: 'a5', author: by('U3'), text: '\n\t\u00a0 ' }),
  replyInput({ id: 'a6', author: by('U4'), text: null, option: 'ja' }),
  replyInput({ id: 'm1', author: by('L1'), kind: 'minutes', text: 'Vi talade om avlösning.' }),
  replyInput({ id: 'm2', author: by('L1'), kind: 'minutes', question: 'behov', text: '' }),
  replyInput({ id: 'k1', author: by('U1'), network: 'katrineholm' }),
  replyInput({ id: 'other-round', author: by('U5'), round: 2 }),
];

/** The compilation's counts of what is stored: the numbers status must show. */
async function compiled(store: Store) {
  const stored = (await store.replies.listByScope(ROUND)).filter(hasContent).map(compileReplyOf);
  const p = participation(stored);
  return new Map(
    NETWORKS.map((n) => {
      const net = p.byNetwork.find((b) => b.network === n);
      return [n, { answers: net?.replies ?? 0, people: net?.people ?? 0, minutes: net?.minutes ?? 0 }];
    }),
  );
}

describe.each(backends)('reply counts on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    await purgeReplies(store.replies, ROUND.program);
  });
  afterEach(() => store.close());

  const counts = () => store.replies.countByScope(ROUND, NETWORKS);

  it('count a round as the compilation does, through edits, deletes and a purge', async () => {
    await store.replies.saveMany(round, T0);
    expect(await counts()).toEqual(
      new Map([
        ['eskilstuna', { answers: 5, people: 4, minutes: 1 }],
        ['katrineholm', { answers: 1, people: 1, minutes: 0 }],
        ['nykoping', { answers: 0, people: 0, minutes: 0 }],
      ]),
    );
    expect(await counts()).toEqual(await compiled(store));

    // An answer emptied, one filled in, one person's first answer deleted (they still have another), then their last.
    await store.replies.save({ ...round[2], text: '  ' } as ReplyInput, T0);
    await store.replies.save({ ...round[4], text: 'Nu har jag skrivit.' } as ReplyInput, T0);
    await store.replies.delete('a1');
    expect((await counts()).get('eskilstuna')).toEqual({ answers: 4, people: 4, minutes: 1 });
    await store.replies.delete('a2');
    await store.replies.delete('a2');
    expect((await counts()).get('eskilstuna')).toEqual({ answers: 3, people: 3, minutes: 1 });
    expect(await counts()).toEqual(await compiled(store));
    // Saved again unchanged, nothing moves; put (an import undone) counts as a save.
    await store.replies.saveMany([3, 5, 6, 7].map((i) => round[i] as ReplyInput), T0);
    const [m1] = await store.replies.saveMany([{ ...round[6], text: '' } as ReplyInput], T0);
    if (!m1) throw new Error('saved nothing');
    expect((await counts()).get('eskilstuna')).toEqual({ answers: 3, people: 3, minutes: 0 });
    await store.replies.put({ ...m1, text: 'Anteckningar.' });
    expect(await counts()).toEqual(await compiled(store));
    expect((await counts()).get('eskilstuna')?.minutes).toBe(1);

    await purgeReplies(store.replies, ROUND.program);
    expect([...(await counts()).values()]).toEqual(NETWORKS.map(() => ({ answers: 0, people: 0, minutes: 0 })));
  });

  it('count what was stored before the counts existed, once, when the store opens', async () => {
    await store.replies.saveMany(round, T0);
    const before = await counts();
    await store.close();
    await forgetCounts(url());
    store = await openStore(url());
    expect(await counts()).toEqual(before);
    expect(countReplies(await store.replies.listByScope(ROUND), NETWORKS)).toEqual(before);
  });
});

/** Takes away what the store keeps for its counts, as in a store made before they existed. */
async function forgetCounts(url: string): Promise<void> {
  if (url.startsWith('sqlite://')) {
    const db = new Database(url.slice('sqlite://'.length));
    const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (e) => (e ? reject(e) : resolve())));
    for (const t of ['insert', 'update', 'delete', 'people_insert', 'people_update']) await run(`DROP TRIGGER lnb_replies_count_${t}`);
    await run('DROP TABLE lnb_replies_counts');
    await run('DROP TABLE lnb_replies_people');
    await new Promise<void>((resolve) => db.close(() => resolve()));
    return;
  }
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  await client.connect();
  const keys = await client.keys('lnb:count:*');
  if (keys.length > 0) await client.del(keys);
  await client.quit();
}
