import { StoreError } from '../errors';
import { builtOnce } from './built-once';
import type { KvTable } from './kv-table';
import type { RedisSets } from './reply-index';
import type { SqliteAdapter } from './sqlite-adapter';

/**
 * Finds the keys of a table's entries of one program without reading the
 * whole table (the ledger, that a tick reads every minute; the links, that
 * every status and post reads). Like the reply index it may name more than
 * what matches (an entry deleted since): readers check the program again.
 */
export interface ProgramIndex {
  keys(program: string): Promise<string[]>;
  /** Called before an entry is written, so the index never misses a stored entry. */
  add(program: string, key: string): Promise<void>;
}

/**
 * SQLite: an expression index over the stored JSON's program, made when the
 * store opens; nothing to keep up to date by hand. Keyv stores a table's
 * entries under `<namespace>:<key>`.
 */
export function sqliteProgramQueries(table: string) {
  const program = `json_extract(value, '$.value.program')`;
  return {
    index: `CREATE INDEX IF NOT EXISTS ${table}_by_program ON ${table} (${program})`,
    byProgram: `SELECT key FROM ${table} WHERE ${program} = ?`,
  };
}

export async function sqliteProgramIndex(db: SqliteAdapter, table: string, namespace: string): Promise<ProgramIndex> {
  const sql = sqliteProgramQueries(table);
  await db.query(sql.index);
  const prefix = `${namespace}:`;
  return {
    keys: async (program) => ((await db.read(sql.byProgram, program)) as { key: string }[]).map((r) => r.key.slice(prefix.length)),
    add: async () => undefined,
  };
}

/**
 * Redis: a set of keys per program, added to before the entry is written
 * (an entry never stored, or deleted since, leaves a key that reads skip;
 * nothing is removed, so a write and a delete racing on two instances cannot
 * leave a stored entry out). Entries stored before the index existed are
 * indexed once, when a store first opens with it (`backfill`).
 */
export function redisProgramIndex(
  client: RedisSets,
  name: string,
): ProgramIndex & { backfill(all: () => Promise<{ key: string; program: string }[]>): Promise<void> } {
  const setOf = (program: string) => `lnb:index:${name}:program:${program}`;
  return {
    keys: (program) => client.sMembers(setOf(program)),
    add: async (program, key) => {
      await client.sAdd(setOf(program), [key]);
    },
    backfill: (all) =>
      builtOnce(client, `lnb:index:${name}:built`, async () => {
        const members = new Map<string, string[]>();
        for (const { key, program } of await all()) members.set(program, [...(members.get(program) ?? []), key]);
        await Promise.all([...members].map(([program, keys]) => client.sAdd(setOf(program), keys)));
      }),
  };
}

/**
 * A table's reads and writes by program through `index`: `set` indexes
 * before it writes, `list` reads only the keys the index names and keeps
 * the entries still of that program. Without an index, `list` reads the
 * whole table (a store that keeps none).
 */
export function byProgram<T extends { program: string }>(table: KvTable<T>, name: string, index: ProgramIndex | undefined) {
  const guard = async <R>(fn: () => Promise<R>): Promise<R> => {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError(`${name}.index`, e);
    }
  };
  return {
    async set(key: string, value: T): Promise<void> {
      if (index) await guard(() => index.add(value.program, key));
      await table.set(key, value);
    },
    async list(program: string): Promise<T[]> {
      if (!index) return (await table.values()).filter((e) => e.program === program);
      const keys = [...new Set(await guard(() => index.keys(program)))].sort();
      const found = await table.getMany(keys);
      return found.filter((e): e is T => e !== undefined && e.program === program);
    },
  };
}
