import { mergeRows, type TableRows, type Write } from '../../src/store/merge-rows';

const UPSERT = 'INSERT INTO t SELECT … FROM json_each(?)';
const DELETE = 'DELETE FROM t WHERE key IN (SELECT … FROM json_each(?))';
const write = (sql: string, rows?: TableRows): Write => ({ sql, params: [], alone: false, rows, resolve: () => undefined, reject: () => undefined });
const rowsOf = (table: string, ...keys: string[]): TableRows => ({ table, keys, items: keys.map((key) => ({ key })) });

describe('mergeRows', () => {
  it('groups row writes by SQL text, their rows in the order they came', () => {
    const a = write(UPSERT, rowsOf('t', 'a'));
    const b = write(DELETE, rowsOf('t', 'b'));
    const c = write(UPSERT, rowsOf('t', 'c', 'd'));
    const merged = mergeRows([a, b, c]);
    expect(merged?.map((m) => ({ sql: m.sql, writes: m.writes, items: m.items }))).toEqual([
      { sql: UPSERT, writes: [a, c], items: [{ key: 'a' }, { key: 'c' }, { key: 'd' }] },
      { sql: DELETE, writes: [b], items: [{ key: 'b' }] },
    ]);
  });

  it('keeps the same key of two tables apart', () => {
    expect(mergeRows([write(UPSERT, rowsOf('t', 'a')), write(UPSERT, rowsOf('u', 'a'))])).toHaveLength(1);
  });

  it('cannot merge two writes of the same row (their order matters), nor a write that is not of rows', () => {
    expect(mergeRows([write(UPSERT, rowsOf('t', 'a')), write(DELETE, rowsOf('t', 'a'))])).toBeUndefined();
    expect(mergeRows([write(UPSERT, rowsOf('t', 'a')), write('PRAGMA optimize')])).toBeUndefined();
  });

  it('lets one write name its own row twice', () => {
    expect(mergeRows([write(UPSERT, rowsOf('t', 'a', 'a'))])?.[0]?.items).toHaveLength(2);
  });
});
