import { EventEmitter } from 'node:events';
import type { SqliteConnection, TableRows } from './sqlite-connection';

/** One entry as keyv hands it to a store: the key already prefixed, the value already serialised. */
interface RawEntry {
  key: string;
  value: unknown;
}

type Row = Record<string, unknown>;

/** A table name as SQL can hold it unquoted (the names are ours, this only guards against a slip). */
function tableName(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a table name: ${name}`);
  return name;
}

/**
 * A keyv store for one table of a SQLite file, in the layout @keyv/sqlite
 * uses (key, value TEXT), over a connection shared by the store's tables
 * whose statements are prepared once (see SqliteConnection).
 *
 * Reads go to the connection's reader, writes to its writer's queue (see
 * SqliteConnection). `setMany` writes every entry in ONE upsert statement,
 * so they are written together or not at all, whether the statement commits
 * on its own or with other callers' writes.
 */
export class SqliteAdapter extends EventEmitter {
  readonly ttlSupport = false;
  /** keyv reads `dialect` to know it can list the keys. */
  readonly opts: { dialect: 'sqlite'; url: string; table: string; iterationLimit: number };
  namespace?: string;
  private readonly ready: Promise<void>;
  /** Whether `ready` has resolved: from then on a statement goes to the connection without waiting for it again. */
  private isReady = false;
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly connection: SqliteConnection,
    table: string,
    iterationLimit = 1000,
  ) {
    super();
    const name = tableName(table);
    this.opts = { dialect: 'sqlite', url: `sqlite://${connection.path}`, table: name, iterationLimit };
    this.sql = statements(name);
    connection.retain();
    this.ready = connection.query(`CREATE TABLE IF NOT EXISTS ${name}(key VARCHAR(255) PRIMARY KEY, value TEXT)`).then(() => {
      this.isReady = true;
    });
    // Reported to whoever uses the table first; no unhandled rejection meanwhile.
    this.ready.catch(() => undefined);
  }

  /** Any statement on the writer, alone and in turn with the writes (pragmas, schema). */
  async query(sql: string, ...params: unknown[]): Promise<Row[]> {
    await this.ready;
    return this.connection.query(sql, ...params);
  }

  /** `run` once the table exists: at once from then on, without waiting for `ready` again. */
  private whenReady<R>(run: () => Promise<R>): Promise<R> {
    return this.isReady ? run() : this.ready.then(run);
  }

  /** A statement that only reads (the reply index's look-ups): on the reader, never behind a sync. */
  read(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.whenReady(() => this.connection.read(sql, ...params));
  }

  private write(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.whenReady(() => this.connection.write(sql, ...params));
  }

  /** Rows of this table by key: the statement takes them as one JSON array, so its text (and the kept statement) does not depend on how many. */
  private writeRows(sql: string, keys: readonly string[], items: readonly unknown[]): Promise<Row[]> {
    const rows: TableRows = { table: this.opts.table, keys, items };
    return this.whenReady(() => this.connection.writeRows(sql, rows));
  }

  private readKeys(keys: readonly string[]): Promise<Map<string, Row>> {
    return this.whenReady(() => this.connection.readKeys(this.sql.getMany, keys));
  }

  async get(key: string): Promise<unknown> {
    return (await this.readKeys([key])).get(key)?.value ?? undefined;
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    const found = await this.readKeys(keys);
    return keys.map((key) => found.get(key)?.value);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.writeRows(this.sql.setMany, [key], [[key, value]]);
  }

  async setMany(entries: RawEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.writeRows(
      this.sql.setMany,
      entries.map((e) => e.key),
      entries.map((e) => [e.key, e.value]),
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.writeRows(this.sql.deleteMany, [key], [key])).length > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    return (await this.writeRows(this.sql.deleteMany, keys, keys)).length > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.read(this.sql.has, key)).length > 0;
  }

  async clear(): Promise<void> {
    await this.write(this.sql.clear, this.namespace ? `${this.namespace}:%` : '%');
  }

  /**
   * Every entry of `namespace`, `iterationLimit` rows at a time, in key
   * order: each page starts after the last key of the one before (a search
   * of the primary key), so a long listing never re-reads what it skipped.
   */
  async *iterator(namespace?: string): AsyncGenerator<[string, unknown]> {
    const pattern = `${namespace ? `${namespace}:` : ''}%`;
    let after = '';
    for (;;) {
      const rows = await this.read(this.sql.page, after, pattern, this.opts.iterationLimit);
      for (const row of rows) yield [row.key as string, row.value];
      const last = rows.at(-1);
      if (!last || rows.length < this.opts.iterationLimit) return;
      after = last.key as string;
    }
  }

  async disconnect(): Promise<void> {
    await this.connection.release();
  }
}

/** The SQL of one table's operations, written once so each is prepared once. */
function statements(table: string) {
  return {
    getMany: `SELECT key, value FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`,
    setMany: `INSERT INTO ${table} (key, value)
       SELECT json_extract(row.value, '$[0]'), json_extract(row.value, '$[1]') FROM json_each(?) AS row WHERE true
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    deleteMany: `DELETE FROM ${table} WHERE key IN (SELECT value FROM json_each(?)) RETURNING key`,
    has: `SELECT 1 FROM ${table} WHERE key = ?`,
    clear: `DELETE FROM ${table} WHERE key LIKE ?`,
    page: `SELECT key, value FROM ${table} WHERE key > ? AND key LIKE ? ORDER BY key LIMIT ?`,
  };
}
