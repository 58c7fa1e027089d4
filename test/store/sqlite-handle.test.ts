import { join } from 'node:path';
import { SqliteHandle } from '../../src/store/sqlite-handle';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

describe('SqliteHandle', () => {
  it('runs statements with and without parameters, preparing each SQL text once', async () => {
    const db = new SqliteHandle(join(dir.path, 'run.sqlite'), 1_000);
    try {
      await db.run('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)', []);
      const insert = 'INSERT INTO t (k, v) VALUES (?, ?)';
      for (const [k, v] of [['a', 'å'], ['b', '👩‍👧'], ['c', "'; DROP TABLE t; --"]]) await db.run(insert, [k, v]);
      expect(await db.run('SELECT v FROM t WHERE k = ?', ['c'])).toEqual([{ v: "'; DROP TABLE t; --" }]);
      expect(await db.run('SELECT v FROM t WHERE k = ?', ['b'])).toEqual([{ v: '👩‍👧' }]);
      // A kept statement run again without parameters is reset, not left where it stopped.
      expect(await db.run('SELECT count(*) AS n FROM t', [])).toEqual([{ n: 3 }]);
      expect(await db.run('SELECT count(*) AS n FROM t', [])).toEqual([{ n: 3 }]);
      expect(db.prepared).toBe(4);
    } finally {
      await db.close();
    }
  });

  it('forgets a statement that failed to prepare, and reports the error', async () => {
    const db = new SqliteHandle(join(dir.path, 'bad.sqlite'), 1_000);
    try {
      await expect(db.run('SELECT * FROM nowhere', [])).rejects.toThrow(/no such table/);
      expect(db.prepared).toBe(0);
      await db.run('CREATE TABLE nowhere (x)', []);
      // Tried again, it now prepares.
      expect(await db.run('SELECT * FROM nowhere', [])).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('refuses to run once closed, and closes once however often asked', async () => {
    const db = new SqliteHandle(join(dir.path, 'closed.sqlite'), 1_000);
    await db.run('SELECT 1', []);
    await Promise.all([db.close(), db.close()]);
    await expect(db.run('SELECT 1', [])).rejects.toThrow(/closed/);
  });

  it('reports a file it cannot open on the first statement, and closes without error', async () => {
    const db = new SqliteHandle(join(dir.path, 'no', 'such', 'folder', 'x.sqlite'), 1_000);
    await expect(db.run('SELECT 1', [])).rejects.toThrow(/SQLITE_CANTOPEN/);
    await expect(db.close()).resolves.toBeUndefined();
  });
});
