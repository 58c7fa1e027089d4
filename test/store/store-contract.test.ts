import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { StoreError } from '../../src/errors';
import { openStore, type Store } from '../../src/store/open-store';
import { sqliteProgramQueries } from '../../src/store/program-index';
import { sqliteReplyQueries } from '../../src/store/reply-index';
import { startRedisServer } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';
import { storeBackends } from '../helpers/store-backends';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const T1 = new Date('2026-11-23T10:30:00.000Z');
const T2 = new Date('2026-11-24T08:00:00.000Z');

// The same contract on every backend; Redis joins when its server is there.
const { backends, dir } = storeBackends('contract.sqlite');

describe.each(backends)('store on %s', (_name, url) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(url());
    for (const r of await store.replies.list()) await store.replies.delete(r.id);
    await store.files.sweep(T0, 0);
  });
  afterEach(async () => store.close());

  it('round-trips a reply with its times', async () => {
    const saved = await store.replies.save(replyInput(), T0);
    expect(saved.createdAt).toBe(T0.toISOString());
    expect(saved.updatedAt).toBe(T0.toISOString());
    expect(saved.history).toEqual([]);
    expect(await store.replies.get('r-1')).toEqual(saved);
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

  it('refuses the same reply twice in one save', async () => {
    await expect(store.replies.saveMany([replyInput({ id: 'a' }), replyInput({ id: 'a', text: 'igen' })], T0)).rejects.toThrow();
    expect(await store.replies.get('a')).toBeUndefined();
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

  it('stores links and ledger entries by key', async () => {
    const link = { program: 'p', network: 'n', platform: 'slack' as const, channel: 'C1', linkedBy: 'U1', linkedAt: T0.toISOString() };
    await store.links.set(link);
    expect(await store.links.get('p', 'n')).toEqual(link);
    expect(await store.links.list('p')).toEqual([link]);
    expect(await store.links.delete('p', 'n')).toBe(true);
    expect(await store.links.get('p', 'n')).toBeUndefined();

    const key = { program: 'p', round: 1, network: 'n', action: 'remind' as const, slot: 1 };
    await store.ledger.set({ ...key, status: 'pending', updatedAt: T0.toISOString() });
    await store.ledger.set({ ...key, status: 'sent', receipt: '1700000000.000100', updatedAt: T1.toISOString() });
    expect(await store.ledger.get(key)).toMatchObject({ status: 'sent', receipt: '1700000000.000100' });
    expect(await store.ledger.list('p')).toHaveLength(1);
    await store.ledger.delete(key);
  });

  it('lists links and ledger entries of one program only, by key, across programs and after set and delete', async () => {
    const link = (program: string, network: string) => ({
      program,
      network,
      platform: 'slack' as const,
      channel: `C-${program}-${network}`,
      linkedBy: 'U1',
      linkedAt: T0.toISOString(),
    });
    // 'p/x' would share a key prefix with 'p': the program is checked, not only the key.
    for (const l of [link('p', 'a'), link('p', 'b'), link('q', 'a'), link('p/x', 'a')]) await store.links.set(l);
    await store.links.set({ ...link('p', 'a'), channel: 'C-moved' });
    await store.links.delete('p', 'b');
    expect(await store.links.list('p')).toEqual([{ ...link('p', 'a'), channel: 'C-moved' }]);
    expect(await store.links.list('q')).toEqual([link('q', 'a')]);
    expect(await store.links.list('none')).toEqual([]);
    await store.links.set(link('p', 'b'));
    expect((await store.links.list('p')).map((l) => l.network)).toEqual(['a', 'b']);

    const entry = (program: string, round: number, network: string | null) => ({
      program,
      round,
      network,
      action: 'post' as const,
      slot: 0,
      status: 'sent' as const,
      updatedAt: T0.toISOString(),
    });
    for (const e of [entry('p', 1, 'a'), entry('p', 2, null), entry('q', 1, 'a'), entry('p/x', 1, 'a')]) await store.ledger.set(e);
    await store.ledger.set({ ...entry('p', 1, 'a'), status: 'failed' });
    await store.ledger.delete(entry('p', 2, null));
    expect(await store.ledger.list('p')).toEqual([{ ...entry('p', 1, 'a'), status: 'failed' }]);
    expect(await store.ledger.list('q')).toEqual([entry('q', 1, 'a')]);
    expect(await store.ledger.list('p/x')).toEqual([entry('p/x', 1, 'a')]);
    expect(await store.ledger.list('none')).toEqual([]);
  });

  it('keeps a channel refusal per program and network until the channel is reached', async () => {
    const refusal = { program: 'p', network: 'n', platform: 'slack' as const, detail: 'is_archived', at: T0.toISOString() };
    await store.reachability.refused(refusal);
    expect(await store.reachability.get('p', 'n')).toEqual(refusal);
    expect(await store.reachability.get('p', 'other')).toBeUndefined();
    expect(await store.reachability.get('q', 'n')).toBeUndefined();
    await store.reachability.refused({ ...refusal, detail: 'not_in_channel', at: T1.toISOString() });
    expect((await store.reachability.get('p', 'n'))?.detail).toBe('not_in_channel');
    await store.reachability.reached('p', 'n');
    expect(await store.reachability.get('p', 'n')).toBeUndefined();
    // Reached with nothing refused is no error: every successful post says so.
    await expect(store.reachability.reached('p', 'n')).resolves.toBeUndefined();
  });

  it('keeps a file until it expires by the given clock, and deletes it when read after', async () => {
    const file = { id: 'f1', fileName: 'sammanställning.docx', docx: Buffer.from('PK…').toString('base64'), expiresAt: T2.getTime() };
    await store.files.set(file, T0);
    expect(await store.files.get('f1', T1)).toEqual(file);
    expect(await store.files.get('f2', T1)).toBeUndefined();
    expect(await store.files.get('f1', T2)).toBeUndefined();
    // Deleted, not only hidden: an earlier clock does not bring it back.
    expect(await store.files.get('f1', T0)).toBeUndefined();
    await store.files.set(file, T0);
    expect(await store.files.delete('f1')).toBe(true);
    expect(await store.files.get('f1', T0)).toBeUndefined();
  });

  it('sweeps expired files and the oldest beyond the newest few', async () => {
    const at = (h: number) => T0.getTime() + h * 3_600_000;
    for (const [id, expiresAt] of [['old', at(1)], ['a', at(10)], ['b', at(11)], ['c', at(12)]] as const) {
      await store.files.set({ id, fileName: `${id}.docx`, docx: '', expiresAt }, T0);
    }
    expect(await store.files.sweep(new Date(at(2)), 2)).toBe(2);
    const left = await Promise.all(['old', 'a', 'b', 'c'].map((id) => store.files.get(id, T0)));
    expect(left.map((f) => f?.id)).toEqual([undefined, undefined, 'b', 'c']);
  });

  it('lets the backend forget a file whose wall-clock ttl ran out, even if the given clock lags', async () => {
    // The table's ttl is the file's lifetime in real time: a file nobody reads again does not stay.
    const now = new Date();
    await store.files.set({ id: 'short', fileName: 's.docx', docx: '', expiresAt: now.getTime() + 100 }, now);
    await new Promise((r) => setTimeout(r, 300));
    await store.files.sweep(now, 50);
    expect(await store.files.get('short', now)).toBeUndefined();
  });

  it('makes one signing secret and gives it to every caller, also after reopening', async () => {
    let made = 0;
    const make = () => `secret-${++made}`;
    const secrets = await Promise.all([1, 2, 3, 4].map(() => store.files.ensureSigningSecret(make)));
    expect(new Set(secrets).size).toBe(1);
    expect(await store.files.signingSecret()).toBe(secrets[0]);
    await store.close();
    store = await openStore(url());
    expect(await store.files.ensureSigningSecret(() => 'another')).toBe(secrets[0]);
  });

  it('survives reopening: what was saved is there', async () => {
    await store.replies.save(replyInput({ id: 'durable' }), T0);
    await store.close();
    store = await openStore(url());
    expect((await store.replies.get('durable'))?.text).toContain('avlösning');
  });
});

describe('keyed reads on SQLite', () => {
  it('search the replies by index, never scanning the table', async () => {
    const file = join(dir.path, 'plan.sqlite');
    const store = await openStore(`sqlite://${file}`);
    const db = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'lnb_replies', busyTimeout: 10_000 });
    try {
      const sql = sqliteReplyQueries('lnb_replies');
      for (const [query, params] of [[sql.byAuthor, ['U0', 'slack']], [sql.byRound, ['p', 1]], [sql.byNetwork, ['p', 1, 'n']]] as const) {
        const plan = (await db.query(`EXPLAIN QUERY PLAN ${query}`, ...params)) as { detail: string }[];
        expect(plan.map((p) => p.detail).join(' ')).toMatch(/^SEARCH lnb_replies USING INDEX lnb_replies_by_(author|scope)/);
      }
    } finally {
      await db.disconnect();
      await store.close();
    }
  });
});

describe('ledger and links by program on SQLite', () => {
  it('search by index, never scanning the table', async () => {
    const file = join(dir.path, 'program-plan.sqlite');
    const store = await openStore(`sqlite://${file}`);
    try {
      for (const table of ['lnb_ledger', 'lnb_links']) {
        const db = new KeyvSqlite({ uri: `sqlite://${file}`, table, busyTimeout: 10_000 });
        try {
          const plan = (await db.query(`EXPLAIN QUERY PLAN ${sqliteProgramQueries(table).byProgram}`, 'p')) as { detail: string }[];
          expect(plan.map((p) => p.detail).join(' ')).toMatch(new RegExp(`^SEARCH ${table} USING INDEX ${table}_by_program`));
        } finally {
          await db.disconnect();
        }
      }
    } finally {
      await store.close();
    }
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

describe.each(backends)('signing secret on a fresh %s store', (name) => {
  it('is made once when several stores (instances) ask at the same time', async () => {
    // A fresh store: its own file, or its own Redis server.
    const fresh = name === 'redis' ? await startRedisServer() : undefined;
    const target = fresh?.url ?? `sqlite://${join(dir.path, `fresh-${Date.now()}.sqlite`)}`;
    // Separate store objects are separate instances; on SQLite one process owns the file, so they share one.
    const one = await openStore(target);
    const stores = name === 'redis' ? [one, await openStore(target), await openStore(target)] : [one];
    try {
      let made = 0;
      const secrets = await Promise.all(
        [...stores, ...stores].map((s) => s.files.ensureSigningSecret(() => `secret-${++made}-${Math.random()}`)),
      );
      expect(new Set(secrets).size).toBe(1);
      expect(made).toBe(1);
      for (const s of stores) expect(await s.files.signingSecret()).toBe(secrets[0]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await fresh?.stop();
    }
  });
});

describe('store failures', () => {
  it('creates the SQLite file and its folder on first open', async () => {
    const path = join(dir.path, 'nested', 'deeper', 'lnb.sqlite');
    const store = await openStore(`sqlite://${path}`);
    await store.replies.save(replyInput(), T0);
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('resolves a relative sqlite:// path against the working directory', async () => {
    const store = await openStore('sqlite://rel/lnb.sqlite', dir.path);
    expect(store.location).toEqual({ kind: 'sqlite', path: join(dir.path, 'rel', 'lnb.sqlite') });
    await store.close();
  });

  it('reports an unreachable Redis server as a StoreError', async () => {
    await expect(openStore('redis://127.0.0.1:1')).rejects.toBeInstanceOf(StoreError);
  });

  it('reports an unusable SQLite path as a StoreError', async () => {
    // A folder that is a file cannot hold the database.
    writeFileSync(join(dir.path, 'a-file'), 'x');
    await expect(openStore(`sqlite://${join(dir.path, 'a-file', 'lnb.sqlite')}`)).rejects.toBeInstanceOf(StoreError);
    // A database path that is a folder cannot be opened either.
    await expect(openStore(`sqlite://${dir.path}`)).rejects.toBeInstanceOf(StoreError);
  });

  it('refuses an unknown STORE_URL scheme', async () => {
    await expect(openStore('postgres://localhost/lnb')).rejects.toMatchObject({ code: 'lnb_store_url_invalid' });
  });
});
