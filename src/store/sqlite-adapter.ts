import { EventEmitter } from 'node:events';
import type { SqliteConnection } from './sqlite-connection';

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

  /** A statement that only reads (the reply index's look-ups): on the reader, never behind a sync. */
  read(sql: string, ...params: unknown[]): Promise<Row[]> {
    if (this.isReady) return this.connection.read(sql, ...params);
    return this.ready.then(() => this.connection.read(sql, ...params));
  }

  private write(sql: string, ...params: unknown[]): Promise<Row[]> {
    if (this.isReady) return this.connection.write(sql, ...params);
    return this.ready.then(() => this.connection.write(sql, ...params));
  }

  async get(key: string): Promise<unknown> {
    return (await this.read(this.sql.get, key))[0]?.value ?? undefined;
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    const rows = await this.read(this.sql.getMany, JSON.stringify(keys));
    const found = new Map(rows.map((row) => [row.key as string, row.value]));
    return keys.map((key) => found.get(key));
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.write(this.sql.set, key, value);
  }

  async setMany(entries: RawEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // The rows travel as one JSON parameter, so the statement's text (and
    // the kept statement) does not depend on how many there are.
    await this.write(this.sql.setMany, JSON.stringify(entries.map((e) => [e.key, e.value])));
  }

  async delete(key: string): Promise<boolean> {
    return (await this.write(this.sql.delete, key)).length > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return (await this.write(this.sql.deleteMany, JSON.stringify(keys))).length > 0;
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
    get: `SELECT value FROM ${table} WHERE key = ?`,
    getMany: `SELECT key, value FROM ${table} WHERE key IN (SELECT value FROM json_each(?))`,
    set: `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    setMany: `INSERT INTO ${table} (key, value)
       SELECT json_extract(row.value, '$[0]'), json_extract(row.value, '$[1]') FROM json_each(?) AS row WHERE true
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    delete: `DELETE FROM ${table} WHERE key = ? RETURNING key`,
    deleteMany: `DELETE FROM ${table} WHERE key IN (SELECT value FROM json_each(?)) RETURNING key`,
    has: `SELECT 1 FROM ${table} WHERE key = ?`,
    clear: `DELETE FROM ${table} WHERE key LIKE ?`,
    page: `SELECT key, value FROM ${table} WHERE key > ? AND key LIKE ? ORDER BY key LIMIT ?`,
  };
}
