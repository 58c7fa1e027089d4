import { join } from 'node:path';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

async function withTable(name: string, run: (db: SqliteConnection) => Promise<void>): Promise<void> {
  const db = new SqliteConnection(join(dir.path, name), 1_000);
  try {
    await db.query('PRAGMA journal_mode=WAL');
    await db.query('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
    await run(db);
  } finally {
    await db.close();
  }
}

const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
const select = 'SELECT v FROM t WHERE k = ?';

describe('SqliteConnection', () => {
  it('prepares each SQL text once and keeps it, whatever the parameters', () =>
    withTable('kept.sqlite', async (db) => {
      const before = db.preparedStatements;
      await Promise.all(Array.from({ length: 50 }, (_, i) => db.write(insert, `k${i}`, `v${i}`)));
      expect(await db.read(select, 'k7')).toEqual([{ v: 'v7' }]);
      expect(await db.read(select, 'k42')).toEqual([{ v: 'v42' }]);
      expect(await db.read(select, 'none')).toEqual([]);
      // The insert on the writer, the select on the reader (and the writer's BEGIN and COMMIT for shared commits).
      expect(db.preparedStatements - before).toBeLessThanOrEqual(4);
    }));

  it('commits writes that wait together, each resolved once on disk, and a read sees them after', () =>
    withTable('group.sqlite', async (db) => {
      const commitsBefore = db.commits;
      await Promise.all(Array.from({ length: 40 }, (_, i) => db.write(insert, `k${i}`, `v${i}`)));
      expect(db.commits - commitsBefore).toBeLessThan(40);
      expect(await db.read('SELECT count(*) AS n FROM t')).toEqual([{ n: 40 }]);
    }));

  it('takes a write asked for just as the queue ran empty, however many steps after the last one it comes', () =>
    withTable('serial.sqlite', async (db) => {
      // Callers reach the queue through a few layers (keyv, the repositories), each a step later.
      for (let steps = 0; steps < 20; steps++) {
        await db.write(insert, `a${steps}`, 'first');
        for (let i = 0; i < steps; i++) await Promise.resolve();
        await db.write(insert, `b${steps}`, 'second');
      }
      expect(await db.read('SELECT count(*) AS n FROM t')).toEqual([{ n: 40 }]);
    }));

  it("keeps one caller's refused write from taking the others with it", () =>
    withTable('refused.sqlite', async (db) => {
      await db.query(`CREATE TRIGGER refuse BEFORE INSERT ON t WHEN NEW.k = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      const writes = ['a', 'b', 'bad', 'c', 'd'].map((k) => db.write(insert, k, k.toUpperCase()));
      const settled = await Promise.allSettled(writes);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(await db.read('SELECT k FROM t ORDER BY k')).toEqual([{ k: 'a' }, { k: 'b' }, { k: 'c' }, { k: 'd' }]);
    }));

  it('reports a statement that does not prepare, and prepares it again next time', () =>
    withTable('retry.sqlite', async (db) => {
      const later = 'SELECT v FROM later WHERE k = ?';
      await expect(db.read(later, 'a')).rejects.toThrow(/no such table: later/);
      await db.query('CREATE TABLE later (k TEXT, v TEXT)');
      await db.write('INSERT INTO later (k, v) VALUES (?, ?)', 'a', 'b');
      expect(await db.read(later, 'a')).toEqual([{ v: 'b' }]);
    }));

  it('runs a read asked for again while it runs once more for all who asked, and reads by key together', () =>
    withTable('reads.sqlite', async (db) => {
      await db.write(insert, 'a', 'A');
      const before = db.statements.read;
      // The first runs at once; the rest wait for it, and those asking the same run once.
      const first = db.read(select, 'a');
      const same = Array.from({ length: 10 }, () => db.read(select, 'a'));
      const other = db.read(select, 'b');
      expect(await first).toEqual([{ v: 'A' }]);
      for (const rows of await Promise.all(same)) expect(rows).toEqual([{ v: 'A' }]);
      expect(await other).toEqual([]);
      expect(db.statements.read - before).toBe(3);
      // Reads by key: the first at once, the others together in one statement, each seeing its keys.
      await db.write(insert, 'b', 'B');
      const byKey = 'SELECT k AS key, v FROM t WHERE k IN (SELECT value FROM json_each(?))';
      const keyed = before + 3;
      const found = await Promise.all([db.readKeys(byKey, ['a']), db.readKeys(byKey, ['b', 'none']), db.readKeys(byKey, ['a', 'b'])]);
      expect(db.statements.read - keyed).toBe(2);
      expect(found[0]?.get('a')).toEqual({ key: 'a', v: 'A' });
      expect(found[1]?.get('b')).toEqual({ key: 'b', v: 'B' });
      expect(found[1]?.get('none')).toBeUndefined();
      expect(found[2]?.get('a')?.v).toBe('A');
    }));

  it('sees, in a read asked for after a write was durable, what it wrote, however reads were waiting together', () =>
    withTable('fresh.sqlite', async (db) => {
      const byKey = 'SELECT k AS key, v FROM t WHERE k IN (SELECT value FROM json_each(?))';
      const reads: Promise<Map<string, unknown>>[] = [];
      for (let i = 0; i < 20; i++) {
        reads.push(db.readKeys(byKey, ['x']));
        await db.write('INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v', 'x', `v${i}`);
        expect((await db.readKeys(byKey, ['x'])).get('x')).toEqual({ key: 'x', v: `v${i}` });
        expect(await db.read(select, 'x')).toEqual([{ v: `v${i}` }]);
      }
      await Promise.all(reads);
    }));

  // Rows of table t by key, as the store's tables write them (see TableRows).
  const upsert = `INSERT INTO t (k, v) SELECT json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]') FROM json_each(?) AS r WHERE true
    ON CONFLICT(k) DO UPDATE SET v = excluded.v`;
  const remove = 'DELETE FROM t WHERE k IN (SELECT value FROM json_each(?)) RETURNING k AS key';
  const row = (k: string, v: string) => ({ table: 't', keys: [k], items: [[k, v]] });

  it('writes rows that come together in one statement per SQL text, and tells each caller of its own rows', () =>
    withTable('rows.sqlite', async (db) => {
      await db.writeRows(upsert, row('gone', 'G'));
      const before = db.statements.written;
      const commits = db.commits;
      const writes = [
        db.writeRows(upsert, row('w0', 'first')),
        ...Array.from({ length: 20 }, (_, i) => db.writeRows(upsert, row(`k${i}`, `v${i}`))),
        db.writeRows(remove, { table: 't', keys: ['gone'], items: ['gone'] }),
        db.writeRows(remove, { table: 't', keys: ['never'], items: ['never'] }),
      ];
      const results = await Promise.all(writes);
      expect(results.at(-2)).toEqual([{ key: 'gone' }]);
      expect(results.at(-1)).toEqual([]);
      // At most the first alone, and the rest in one transaction of one upsert and one delete (and its BEGIN and COMMIT).
      expect(db.statements.written - before).toBeLessThanOrEqual(5);
      expect(db.commits - commits).toBeLessThanOrEqual(2);
      expect(await db.read('SELECT count(*) AS n FROM t')).toEqual([{ n: 21 }]);
      expect(await db.read(select, 'k13')).toEqual([{ v: 'v13' }]);
    }));

  it('writes in turn rows that name the same row, and keeps a refused one from taking the others with it', () =>
    withTable('rows-order.sqlite', async (db) => {
      await db.writeRows(upsert, row('first', '1'));
      await Promise.all([
        db.writeRows(upsert, row('first', '2')),
        db.writeRows(upsert, row('x', 'X')),
        db.writeRows(remove, { table: 't', keys: ['x'], items: ['x'] }),
        db.writeRows(upsert, row('x', 'again')),
      ]);
      expect(await db.read('SELECT k, v FROM t ORDER BY k')).toEqual([
        { k: 'first', v: '2' },
        { k: 'x', v: 'again' },
      ]);
      await db.query(`CREATE TRIGGER refuse BEFORE INSERT ON t WHEN NEW.k = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      const settled = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((k) => db.writeRows(upsert, row(k, k.toUpperCase()))));
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(await db.read(`SELECT k FROM t WHERE k IN ('a', 'b', 'bad', 'c') ORDER BY k`)).toEqual([{ k: 'a' }, { k: 'b' }, { k: 'c' }]);
    }));

  it('closes once the last table lets go, after the writes already asked for', async () => {
    const db = new SqliteConnection(join(dir.path, 'shared.sqlite'), 1_000);
    db.retain();
    db.retain();
    await db.query('CREATE TABLE t (k TEXT)');
    await db.release();
    expect(await db.read('SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
    const last = db.write('INSERT INTO t (k) VALUES (?)', 'x');
    await db.release();
    await expect(last).resolves.toEqual([]);
    await expect(db.read('SELECT 1')).rejects.toThrow(/closed/);
  });
});
