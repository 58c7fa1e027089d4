import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { StoreError } from '../../src/errors';
import type { Reply } from '../../src/replies/reply';
import { KvTable } from '../../src/store/kv-table';
import { openStore, type Store } from '../../src/store/open-store';
import { createReplyRepository, matchesFilter } from '../../src/store/reply-repository';
import { SqliteAdapter } from '../../src/store/sqlite-adapter';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { replyInput } from '../helpers/reply-input';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-23T10:30:00.000Z');
const T2 = new Date('2026-11-24T08:00:00.000Z');

// The same contract on every backend; Redis joins when its server is there.
const { backends, dir } = storeBackends('replies.sqlite');

describe.each(backends)('replies on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    for (const r of await store.replies.list()) await store.replies.delete(r.id);
  });
  afterEach(async () => store.close());

  it('round-trips a reply with its times', async () => {
    const saved = await store.replies.save(replyInput(), T0);
    expect(saved.createdAt).toBe(T0.toISOString());
    expect(saved.updatedAt).toBe(T0.toISOString());
    expect(saved.history).toEqual([]);
    expect(await store.replies.get('r-1')).toEqual(saved);
  });

  it('keeps hostile text exactly as written: markup, emoji, very long', async () => {
    const text = `<script>alert(1)</script> *fet* <@U123> &amp; 👩‍👧‍👦 ${'å'.repeat(9000)}`;
    await store.replies.save(replyInput({ text }), T0);
    expect((await store.replies.get('r-1'))?.text).toBe(text);
  });

  it('updates on the same id, keeping the earlier versions, never two replies', async () => {
    await store.replies.save(replyInput({ text: 'första' }), T0);
    await store.replies.save(replyInput({ text: 'andra', consent: false }), T1);
    const third = await store.replies.save(replyInput({ text: 'tredje' }), T2);
    expect(third.text).toBe('tredje');
    expect(third.createdAt).toBe(T0.toISOString());
    expect(third.updatedAt).toBe(T2.toISOString());
    expect(third.history.map((h) => [h.text, h.consent, h.updatedAt])).toEqual([
      ['första', true, T0.toISOString()],
      ['andra', false, T1.toISOString()],
    ]);
    expect(await store.replies.list()).toHaveLength(1);
  });

  it('treats saving identical content again as a no-op (a re-sent submit)', async () => {
    await store.replies.save(replyInput(), T0);
    const again = await store.replies.save(replyInput(), T1);
    expect(again.updatedAt).toBe(T0.toISOString());
    expect(again.history).toHaveLength(0);
  });

  it('keeps every edit when edits of one reply arrive at once', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((text, i) => store.replies.save(replyInput({ text }), new Date(T0.getTime() + i))));
    const reply = await store.replies.get('r-1');
    expect(reply?.history.map((h) => h.text)).toEqual(['a', 'b', 'c']);
    expect(reply?.text).toBe('d');
  });

  it('saves a form\'s replies together, keeping each one\'s history, in the order given', async () => {
    await store.replies.saveMany([replyInput({ id: 'a', text: 'a1' }), replyInput({ id: 'b', text: 'b1' })], T0);
    const second = await store.replies.saveMany(
      [replyInput({ id: 'b', text: 'b2', consent: false }), replyInput({ id: 'c', text: 'c1' }), replyInput({ id: 'a', text: 'a1' })],
      T1,
    );
    expect(second.map((r) => [r.id, r.text])).toEqual([
      ['b', 'b2'],
      ['c', 'c1'],
      ['a', 'a1'],
    ]);
    const b = await store.replies.get('b');
    expect(b?.createdAt).toBe(T0.toISOString());
    expect(b?.updatedAt).toBe(T1.toISOString());
    expect(b?.history.map((h) => [h.text, h.consent, h.updatedAt])).toEqual([['b1', true, T0.toISOString()]]);
    // Unchanged content is left as it was: not rewritten with a new time nor a copy in its history.
    const a = await store.replies.get('a');
    expect(a?.updatedAt).toBe(T0.toISOString());
    expect(a?.history).toEqual([]);
    expect(second[2]).toEqual(a);
    expect((await store.replies.list()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every edit when a form\'s save and single saves of the same replies arrive at once', async () => {
    // The last batch names its ids in the other order: locks are taken sorted, so the batches cannot wait on each other.
    await Promise.all([
      store.replies.saveMany([replyInput({ id: 'a', text: '1' }), replyInput({ id: 'b', text: '1' })], T0),
      store.replies.save(replyInput({ id: 'b', text: '2' }), T1),
      store.replies.saveMany([replyInput({ id: 'b', text: '3' }), replyInput({ id: 'a', text: '3' })], T2),
    ]);
    const a = await store.replies.get('a');
    const b = await store.replies.get('b');
    expect([a?.history.map((h) => h.text), a?.text]).toEqual([['1'], '3']);
    expect([b?.history.map((h) => h.text), b?.text]).toEqual([['1', '2'], '3']);
  });

  it('stores none of a form\'s replies when one of them is malformed', async () => {
    await store.replies.save(replyInput({ id: 'a', text: 'före' }), T0);
    await expect(
      store.replies.saveMany([replyInput({ id: 'a', text: 'efter' }), replyInput({ id: 'b' }), replyInput({ id: 'c', round: 0 })], T1),
    ).rejects.toThrow();
    expect((await store.replies.get('a'))?.text).toBe('före');
    expect(await store.replies.get('b')).toBeUndefined();
  });

  it('takes back the replies a save removes, those stored only, and counts them out', async () => {
    const scope = { program: 'anhorigstod-2027', round: 1 };
    await store.replies.saveMany([replyInput({ id: 'a', text: 'a1' }), replyInput({ id: 'b', question: 'stod', text: 'b1' })], T0);
    expect((await store.replies.countByScope(scope, ['eskilstuna'])).get('eskilstuna')?.answers).toBe(2);
    // 'b' emptied on edit, 'c' never answered: one is deleted, the other costs nothing.
    const saved = await store.replies.saveMany([replyInput({ id: 'a', text: 'a2' })], T1, ['b', 'c']);
    expect(saved.map((r) => [r.id, r.text])).toEqual([['a', 'a2']]);
    expect(await store.replies.get('b')).toBeUndefined();
    expect((await store.replies.list()).map((r) => r.id)).toEqual(['a']);
    expect((await store.replies.countByScope(scope, ['eskilstuna'])).get('eskilstuna')?.answers).toBe(1);
    // A removal only, with nothing left to save.
    expect(await store.replies.saveMany([], T2, ['a'])).toEqual([]);
    expect(await store.replies.list()).toEqual([]);
    await expect(store.replies.saveMany([replyInput({ id: 'a' })], T2, ['a'])).rejects.toThrow();
  });

  it('refuses the same reply twice in one save', async () => {
    await expect(store.replies.saveMany([replyInput({ id: 'a' }), replyInput({ id: 'a', text: 'igen' })], T0)).rejects.toThrow();
    expect(await store.replies.get('a')).toBeUndefined();
  });

  it('saves nothing for an empty form', async () => {
    expect(await store.replies.saveMany([], T0)).toEqual([]);
    expect(await store.replies.list()).toEqual([]);
  });

  it('lists by program, round and network', async () => {
    await store.replies.save(replyInput({ id: 'a', round: 1, network: 'eskilstuna' }), T0);
    await store.replies.save(replyInput({ id: 'b', round: 2, network: 'eskilstuna' }), T1);
    await store.replies.save(replyInput({ id: 'c', round: 2, network: 'katrineholm' }), T2);
    await store.replies.save(replyInput({ id: 'd', program: 'annat', round: 2 }), T2);
    expect((await store.replies.list({ program: 'anhorigstod-2027' })).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await store.replies.list({ program: 'anhorigstod-2027', round: 2 })).map((r) => r.id)).toEqual(['b', 'c']);
    expect((await store.replies.list({ round: 2, network: 'katrineholm' })).map((r) => r.id)).toEqual(['c']);
  });

  it('reads a round, one network of it and one author by key, and only what still matches', async () => {
    const me = { platform: 'slack' as const, userId: 'U0ME' };
    const other = { platform: 'slack' as const, userId: 'U0OTHER' };
    await store.replies.save(replyInput({ id: 'a', round: 1, network: 'eskilstuna', author: me }), T0);
    await store.replies.save(replyInput({ id: 'b', round: 2, network: 'eskilstuna', author: me }), T1);
    await store.replies.save(replyInput({ id: 'c', round: 2, network: 'katrineholm', author: other }), T2);
    await store.replies.saveMany([replyInput({ id: 'd', program: 'annat', round: 2, network: 'eskilstuna', author: me })], T2);
    await store.replies.put({ ...(await store.replies.save(replyInput({ id: 'e', round: 2, network: 'katrineholm', kind: 'minutes', author: me }), T0)) });
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
    expect(ids(await store.replies.listByScope({ program: 'anhorigstod-2027', round: 2 }))).toEqual(['e', 'b', 'c']);
    expect(ids(await store.replies.listByScope({ program: 'anhorigstod-2027', round: 2, network: 'katrineholm' }))).toEqual(['e', 'c']);
    expect(ids(await store.replies.listByAuthor(me))).toEqual(['a', 'e', 'b', 'd']);
    // An edited reply is found once; a deleted one is gone from every read.
    await store.replies.save(replyInput({ id: 'e', round: 2, network: 'katrineholm', kind: 'minutes', author: me, text: 'ny' }), T2);
    await store.replies.delete('b');
    expect(ids(await store.replies.listByAuthor(me))).toEqual(['a', 'e', 'd']);
    expect(ids(await store.replies.listByAuthor(other))).toEqual(['c']);
    expect(ids(await store.replies.listByScope({ program: 'anhorigstod-2027', round: 2, network: 'eskilstuna' }))).toEqual([]);
    // list() with a round or an author takes the same keyed path and agrees with it.
    expect(ids(await store.replies.list({ program: 'anhorigstod-2027', round: 2 }))).toEqual(['e', 'c']);
    expect(ids(await store.replies.list({ author: me, program: 'annat' }))).toEqual(['d']);
  });

  it('refuses a malformed reply without storing it', async () => {
    await expect(store.replies.save(replyInput({ round: 0 }), T0)).rejects.toThrow();
    expect(await store.replies.get('r-1')).toBeUndefined();
  });

  it('writes a reply exactly as given with put, times and history included', async () => {
    const saved = await store.replies.save(replyInput({ text: 'ny' }), T1);
    const older: Reply = { ...saved, text: 'gammal', updatedAt: T0.toISOString(), history: [] };
    await store.replies.put(older);
    expect(await store.replies.get('r-1')).toEqual(older);
    await expect(store.replies.put({ ...older, round: 0 })).rejects.toThrow();
    expect(await store.replies.get('r-1')).toEqual(older);
  });

  it('tells whether a delete found something', async () => {
    await store.replies.save(replyInput(), T0);
    expect(await store.replies.delete('r-1')).toBe(true);
    expect(await store.replies.delete('r-1')).toBe(false);
    expect(await store.replies.get('r-1')).toBeUndefined();
  });

  it('survives reopening: what was saved is there', async () => {
    await store.replies.save(replyInput({ id: 'durable' }), T0);
    await store.close();
    store = await openStore(url());
    expect((await store.replies.get('durable'))?.text).toContain('avlösning');
  });
});

describe('saving a form on SQLite', () => {
  it('writes all of its replies or none when the database refuses one of them', async () => {
    const file = join(dir.path, 'atomic.sqlite');
    const store = await openStore(`sqlite://${file}`);
    try {
      await store.replies.save(replyInput({ id: 'a', text: 'före' }), T0);
      // The database itself refuses the third row (a trigger), after the first two went in: one
      // transaction undoes them; one write per reply would have kept them.
      const db = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'lnb_replies', busyTimeout: 10_000 });
      await db.query(
        `CREATE TRIGGER refuse_c BEFORE INSERT ON lnb_replies WHEN NEW.key = 'replies:c' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
      await db.disconnect();
      const form = [replyInput({ id: 'a', text: 'efter' }), replyInput({ id: 'b' }), replyInput({ id: 'c' })];
      await expect(store.replies.saveMany(form, T1)).rejects.toBeInstanceOf(StoreError);
      expect((await store.replies.get('a'))?.text).toBe('före');
      expect(await store.replies.get('b')).toBeUndefined();
      expect(await store.replies.get('c')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('a reply repository that keeps no index nor counts', () => {
  // Over a SQLite table of its own, without openStore's index: every read is a scan, and counts are counted from the replies.
  let keyv: Keyv<Reply>;
  beforeEach(() => {
    const connection = new SqliteConnection(join(dir.path, 'plain.sqlite'), 1_000);
    keyv = new Keyv<Reply>({ store: new SqliteAdapter(connection, 'lnb_plain', 100), namespace: 'replies', throwOnErrors: true });
  });
  afterEach(() => keyv.disconnect());

  it('lists, reads by key and counts the same as a store that keeps them', async () => {
    const replies = createReplyRepository(new KvTable(keyv, 'replies'));
    const me = { platform: 'teams' as const, userId: '29:me' };
    await replies.saveMany(
      [
        replyInput({ id: 'a', author: me }),
        replyInput({ id: 'b', author: me, network: 'katrineholm', question: 'behov' }),
        replyInput({ id: 'c', round: 2 }),
        replyInput({ id: 'm', kind: 'minutes', author: null }),
      ],
      T0,
    );
    expect((await replies.listByAuthor(me)).map((r) => r.id)).toEqual(['a', 'b']);
    expect((await replies.listByScope({ program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' })).map((r) => r.id)).toEqual(['a', 'm']);
    expect((await replies.list({ question: 'behov' })).map((r) => r.id)).toEqual(['b']);
    expect(await replies.countByScope({ program: 'anhorigstod-2027', round: 1 }, ['eskilstuna', 'katrineholm', 'nykoping'])).toEqual(
      new Map([
        ['eskilstuna', { answers: 1, people: 1, minutes: 1 }],
        ['katrineholm', { answers: 1, people: 1, minutes: 0 }],
        ['nykoping', { answers: 0, people: 0, minutes: 0 }],
      ]),
    );
  });
});

describe('matchesFilter', () => {
  const reply: Reply = { ...replyInput({ author: { platform: 'slack', userId: 'U1' } }), createdAt: T0.toISOString(), updatedAt: T0.toISOString(), history: [] };

  it('matches everything with an empty filter, and each field on its own', () => {
    expect(matchesFilter(reply, {})).toBe(true);
    expect(matchesFilter(reply, { program: 'anhorigstod-2027', round: 1, network: 'eskilstuna', question: 'syfte' })).toBe(true);
    expect(matchesFilter(reply, { program: 'annat' })).toBe(false);
    expect(matchesFilter(reply, { round: 2 })).toBe(false);
    expect(matchesFilter(reply, { network: 'katrineholm' })).toBe(false);
    expect(matchesFilter(reply, { question: 'behov' })).toBe(false);
  });

  it('matches an author by platform and user id together, never a reply without one', () => {
    expect(matchesFilter(reply, { author: { platform: 'slack', userId: 'U1' } })).toBe(true);
    expect(matchesFilter(reply, { author: { platform: 'teams', userId: 'U1' } })).toBe(false);
    expect(matchesFilter(reply, { author: { platform: 'slack', userId: 'U2' } })).toBe(false);
    expect(matchesFilter({ ...reply, author: null }, { author: { platform: 'slack', userId: 'U1' } })).toBe(false);
  });
});
