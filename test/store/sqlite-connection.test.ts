import { join } from 'node:path';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

describe('SqliteConnection', () => {
  it('prepares each SQL text once and keeps it, whatever the parameters', async () => {
    const db = new SqliteConnection(join(dir.path, 'kept.sqlite'), 1_000);
    try {
      await db.query('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
      const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
      await Promise.all(Array.from({ length: 50 }, (_, i) => db.query(insert, `k${i}`, `v${i}`)));
      const select = 'SELECT v FROM t WHERE k = ?';
      expect(await db.query(select, 'k7')).toEqual([{ v: 'v7' }]);
      expect(await db.query(select, 'k42')).toEqual([{ v: 'v42' }]);
      expect(await db.query(select, 'none')).toEqual([]);
      expect(db.preparedStatements).toBe(3);
    } finally {
      await db.close();
    }
  });

  it('reports a statement that does not prepare, and prepares it again next time', async () => {
    const db = new SqliteConnection(join(dir.path, 'retry.sqlite'), 1_000);
    try {
      const select = 'SELECT v FROM later WHERE k = ?';
      await expect(db.query(select, 'a')).rejects.toThrow(/no such table: later/);
      await db.query('CREATE TABLE later (k TEXT, v TEXT)');
      await db.query('INSERT INTO later (k, v) VALUES (?, ?)', 'a', 'b');
      expect(await db.query(select, 'a')).toEqual([{ v: 'b' }]);
    } finally {
      await db.close();
    }
  });

  it('closes once the last table lets go, with its statements finalized (SQLite refuses to close otherwise)', async () => {
    const path = join(dir.path, 'shared.sqlite');
    const db = new SqliteConnection(path, 1_000);
    db.retain();
    db.retain();
    await db.query('CREATE TABLE t (k TEXT)');
    await db.query('SELECT k FROM t WHERE k = ?', 'x');
    await db.release();
    expect(await db.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
    await db.release();
    await expect(db.query('SELECT 1')).rejects.toThrow(/closed/);
  });
});
