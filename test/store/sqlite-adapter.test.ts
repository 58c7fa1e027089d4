import { join } from 'node:path';
import Keyv from 'keyv';
import { SqliteAdapter } from '../../src/store/sqlite-adapter';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

/** Two tables of one file over one connection, as openStore makes them; a small page to make listing turn pages. */
async function open(name: string, iterationLimit = 7) {
  const connection = new SqliteConnection(join(dir.path, name), 1_000);
  const a = new SqliteAdapter(connection, 'lnb_a', iterationLimit);
  const b = new SqliteAdapter(connection, 'lnb_b', iterationLimit);
  const keyvA = new Keyv({ store: a, namespace: 'a', throwOnErrors: true });
  const keyvB = new Keyv({ store: b, namespace: 'b', throwOnErrors: true });
  return { connection, a, keyvA, keyvB, close: () => Promise.all([keyvA.disconnect(), keyvB.disconnect()]) };
}

describe('SqliteAdapter under keyv', () => {
  it('gets, sets, deletes and tells whether there was something to delete', async () => {
    const s = await open('basic.sqlite');
    try {
      await s.keyvA.set('x', { text: 'ä' });
      expect(await s.keyvA.get('x')).toEqual({ text: 'ä' });
      expect(await s.keyvA.has('x')).toBe(true);
      expect(await s.keyvB.get('x')).toBeUndefined();
      expect(await s.keyvA.getMany(['nope', 'x'])).toEqual([undefined, { text: 'ä' }]);
      expect(await s.keyvA.delete('x')).toBe(true);
      expect(await s.keyvA.delete('x')).toBe(false);
      expect(await s.keyvA.has('x')).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('writes several entries in one statement, all or none', async () => {
    const s = await open('many.sqlite');
    try {
      await s.keyvA.setMany([
        { key: 'p', value: 1 },
        { key: 'q', value: 2 },
      ]);
      expect(await s.keyvA.getMany(['p', 'q'])).toEqual([1, 2]);
      await s.a.query(`CREATE TRIGGER refuse BEFORE INSERT ON lnb_a WHEN NEW.key = 'a:s' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      await expect(
        s.keyvA.setMany([
          { key: 'r', value: 3 },
          { key: 's', value: 4 },
        ]),
      ).rejects.toThrow(/refused/);
      expect(await s.keyvA.get('r')).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('lists every entry of its table once, page after page', async () => {
    const s = await open('list.sqlite', 7);
    try {
      const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
      await s.keyvA.setMany(keys.map((key, i) => ({ key, value: i })));
      await s.keyvB.set('other', 'b');
      const seen: string[] = [];
      if (!s.keyvA.iterator) throw new Error('no iterator');
      for await (const [key] of s.keyvA.iterator(undefined)) seen.push(String(key));
      expect(seen.sort()).toEqual(keys);
      await s.keyvA.clear();
      expect(await s.keyvA.get('k01')).toBeUndefined();
      expect(await s.keyvB.get('other')).toBe('b');
    } finally {
      await s.close();
    }
  });

  it('shares one connection between the tables, closed with the last of them', async () => {
    const s = await open('close.sqlite');
    await s.keyvA.set('x', 1);
    await s.keyvA.disconnect();
    expect(await s.keyvB.get('x')).toBeUndefined();
    await s.keyvB.disconnect();
    await expect(s.connection.query('SELECT 1')).rejects.toThrow(/closed/);
  });
});
