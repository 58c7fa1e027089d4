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
