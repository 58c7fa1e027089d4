import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { StoreError } from '../../src/errors';
import { KvTable } from '../../src/store/kv-table';
import { openStore, type Store } from '../../src/store/open-store';
import { storeBackends } from '../helpers/store-backends';

const { backends, dir } = storeBackends('kv.sqlite');

// openStore's workbench table is a bare KvTable: the table as every repository has it, on each backend.
describe.each(backends)('a table on %s', (name, url) => {
  let store: Store;
  let table: KvTable<unknown>;
  beforeEach(async () => {
    store = await openStore(url());
    table = store.workbench;
    for (const key of ['a', 'b', 'c', 'emoji 🧵', '']) await table.delete(key);
  });
  afterEach(async () => store.close());

  it('gets what was set, JSON as it was, and undefined for what was not', async () => {
    const value = { text: '<b>fet</b> & "citat" 👩‍👩‍👧', n: 3, nested: { list: [1, null, 'x'] }, empty: '' };
    await table.set('a', value);
    expect(await table.get('a')).toEqual(value);
    expect(await table.get('b')).toBeUndefined();
    await table.set('emoji 🧵', 'tråd');
    expect(await table.get('emoji 🧵')).toBe('tråd');
  });

  it('reads several keys in their order, with undefined where there is none, and nothing for no keys', async () => {
    await table.set('a', 1);
    await table.set('c', 3);
    expect(await table.getMany(['c', 'b', 'a'])).toEqual([3, undefined, 1]);
    expect(await table.getMany([])).toEqual([]);
  });

  it('writes several entries at once, and nothing for none', async () => {
    await table.setMany([
      { key: 'a', value: 'A' },
      { key: 'b', value: 'B' },
    ]);
    await table.setMany([]);
    expect(await table.getMany(['a', 'b'])).toEqual(['A', 'B']);
  });

  it('deletes, telling whether there was something, and lists what is left', async () => {
    await table.set('a', 'A');
    await table.set('b', 'B');
    expect(await table.delete('a')).toBe(true);
    expect(await table.delete('a')).toBe(false);
    expect(await table.values()).toEqual(['B']);
  });

  // A closed Redis client connects again when asked; a closed SQLite file stays closed.
  if (name === 'sqlite') {
    it('fails as a StoreError naming the table and the operation once the store is closed', async () => {
      await store.close();
      await expect(table.get('a')).rejects.toMatchObject({ operation: 'workbench.get' });
      await expect(table.set('a', 1)).rejects.toBeInstanceOf(StoreError);
      // Closed twice is no error for the test's afterEach.
      store = await openStore(url());
    });
  }
});

// On SQLite the table reads and writes keyv's rows without keyv in between: what either writes, the other reads.
describe('a table on sqlite beside keyv itself', () => {
  it("reads keyv's rows and writes rows keyv reads, and leaves to keyv a value with a time to live", async () => {
    const file = join(dir.path, 'beside.sqlite');
    const store = await openStore(`sqlite://${file}`);
    const raw = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'lnb_workbench', busyTimeout: 10_000 });
    const keyv = new Keyv({ store: raw, namespace: 'workbench', throwOnErrors: true });
    try {
      const table = store.workbench;
      // A string starting with ':' is one keyv's format writes its own way.
      const odd = { text: ':colon first', list: [':b', 'c'], n: 1 };
      await keyv.set('by-keyv', odd);
      await keyv.set('workbench:prefixed', 'as keyv keys it');
      expect(await table.get('by-keyv')).toEqual(odd);
      expect(await table.getMany(['by-keyv', 'none'])).toEqual([odd, undefined]);
      expect(await table.get('workbench:prefixed')).toBe('as keyv keys it');
      await table.set('by-table', odd);
      await table.setMany([
        { key: 'one', value: 1 },
        { key: 'two', value: ':2' },
      ]);
      expect(await keyv.get('by-table')).toEqual(odd);
      expect(await keyv.getMany(['one', 'two'])).toEqual([1, ':2']);
      expect(await table.delete('one')).toBe(true);
      expect(await keyv.get('one')).toBeUndefined();
      // Expired long ago, in keyv's own format: keyv forgets it, and so does the table.
      await raw.query('INSERT INTO lnb_workbench (key, value) VALUES (?, ?)', 'workbench:old', JSON.stringify({ value: 'old', expires: 1 }));
      await raw.query('INSERT INTO lnb_workbench (key, value) VALUES (?, ?)', 'workbench:older', JSON.stringify({ value: 'older', expires: 1 }));
      expect(await table.get('old')).toBeUndefined();
      expect(await table.getMany(['two', 'older'])).toEqual([':2', undefined]);
      expect(await raw.query('SELECT key FROM lnb_workbench WHERE key IN (?, ?)', 'workbench:old', 'workbench:older')).toEqual([]);
    } finally {
      await keyv.disconnect();
      await store.close();
    }
  });
});

describe('a table over a backend that cannot write several values at once', () => {
  it('refuses setMany rather than writing one entry at a time, and writes nothing', async () => {
    const table = new KvTable<string>(new Keyv<string>({ store: new Map() }), 'memory');
    const refused = table.setMany([
      { key: 'a', value: 'A' },
      { key: 'b', value: 'B' },
    ]);
    await expect(refused).rejects.toBeInstanceOf(StoreError);
    await expect(refused).rejects.toMatchObject({ operation: 'memory.setMany' });
    expect(await table.getMany(['a', 'b'])).toEqual([undefined, undefined]);
    // One entry at a time is still fine.
    await table.set('a', 'A');
    expect(await table.values()).toEqual(['A']);
  });

  it('turns a driver error into a StoreError and a refused write into one too', async () => {
    const failing = new Keyv<string>({
      store: {
        get: async () => {
          throw new Error('SQLITE_BUSY: database is locked');
        },
        set: async () => false,
        delete: async () => false,
        clear: async () => undefined,
      },
      throwOnErrors: true,
    });
    const table = new KvTable<string>(failing, 'replies');
    await expect(table.get('x')).rejects.toMatchObject({ operation: 'replies.get', message: expect.stringContaining('SQLITE_BUSY') });
    await expect(table.set('x', 'y')).rejects.toMatchObject({ operation: 'replies.set' });
  });
});
