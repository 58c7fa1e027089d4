import KeyvSqlite from '@keyv/sqlite';

/** One entry as keyv hands it to a store: the key already prefixed, the value already serialised. */
interface RawEntry {
  key: string;
  value: unknown;
}

/**
 * @keyv/sqlite with a `setMany` of its own. Without one, keyv writes each
 * entry as its own statement, so each is a transaction of its own with its
 * own sync to disk (synchronous=FULL), and a failure can leave half of them
 * written. Here all entries go in ONE upsert statement: SQLite runs a
 * statement outside BEGIN as one transaction, so they are written together
 * or not at all, with one sync. (A BEGIN … COMMIT over several `query` calls
 * is no option: the adapter's one connection is shared by every caller, and
 * their statements would land inside the transaction.)
 */
export class SqliteAdapter extends KeyvSqlite {
  async setMany(entries: RawEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // The rows travel as one JSON parameter, so the statement's text (and
    // SQLite's cache of it) does not depend on how many there are.
    const rows = JSON.stringify(entries.map((e) => [e.key, e.value]));
    await this.query(
      `INSERT INTO ${this.opts.table} (key, value)
       SELECT json_extract(row.value, '$[0]'), json_extract(row.value, '$[1]') FROM json_each(?) AS row WHERE true
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      rows,
    );
  }
}
