import { type Merged, mergeRows, type TableRows, type Write } from './merge-rows';
import { type Row, SqliteHandle } from './sqlite-handle';

export type { TableRows } from './merge-rows';

/** Someone waiting for a read. */
interface Reader<T = Row[]> {
  resolve(result: T): void;
  reject(error: unknown): void;
}

/** The reads of one SQL text asked for while one of them runs, by their parameters: a read asked for twice runs once. */
type ReadLane = Map<string, { params: unknown[]; readers: Reader[] }>;

/** The reads by key (readKeys) of one SQL text asked for while one of them runs: read together next, in one statement. */
type KeyLane = { keys: Set<string>; readers: Reader<Map<string, Row>>[] };

/**
 * A SQLite file as a store's tables use it: one writer and one reader
 * connection, each with its statements prepared once (SqliteHandle).
 *
 * Every write goes through one queue on the writer. Writes that arrive
 * while a commit is syncing to disk are committed together in ONE
 * transaction with one sync (group commit), each resolved only once that
 * commit is durable; should the shared transaction fail, it is rolled back
 * and each write runs again on its own, so one caller's refused write never
 * takes another's with it. With synchronous=FULL a sync costs about a
 * millisecond on a quiet disk and far more on a busy one, and one per
 * submission made the syncs the queue everyone waited in.
 *
 * Writes of rows by key (writeRows: every upsert and delete of a store's
 * tables) that come together are written with as few statements as there
 * are kinds among them (one upsert per table, say), instead of one
 * statement (a trip to a worker thread, and back) for each; when two of
 * them name the same row, each runs in turn as it came.
 *
 * Reads go to the reader, which in WAL mode neither waits for the writer
 * nor sees a transaction that is not committed: a read never queues behind
 * a sync, and never sees what might still be rolled back. A statement runs
 * once at a time, so the reads of one SQL text asked for while it runs
 * wait for it (SQLite's driver made them wait too): those asked for with
 * the same parameters are then run once for all of them, and reads by key
 * (readKeys) once for all their keys. Each is still run after it was
 * asked for, so it sees every write that was durable by then.
 */
export class SqliteConnection {
  private readonly writer: SqliteHandle;
  private readonly reader: SqliteHandle;
  private readonly waiting: Write[] = [];
  /** Whether the queue is being worked through (set and cleared synchronously, so no write is left behind). */
  private draining = false;
  /** Resolves when the queue is next empty. */
  private idle: Promise<void> = Promise.resolve();
  private users = 0;
  private readonly reads = new Map<string, ReadLane>();
  private readonly keyReads = new Map<string, KeyLane>();
  /** Transactions the writer has committed (for tests: fewer than the writes when they came together). */
  commits = 0;
  /** Statements run on the writer and on the reader (for tests: fewer than the calls when they came together). */
  readonly statements = { written: 0, read: 0 };
  private closing: Promise<void> | undefined;

  constructor(
    readonly path: string,
    busyTimeoutMs: number,
  ) {
    this.writer = new SqliteHandle(path, busyTimeoutMs);
    this.reader = new SqliteHandle(path, busyTimeoutMs);
  }

  /** How many SQL texts are prepared and kept, on both connections (for tests: once per text, however often it runs). */
  get preparedStatements(): number {
    return this.writer.prepared + this.reader.prepared;
  }

  /** A statement that only reads, on the reader; the rows may be shared with another read of the same (not to be changed). */
  read(sql: string, ...params: unknown[]): Promise<Row[]> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    const lane = this.reads.get(sql);
    if (lane) {
      const id = JSON.stringify(params);
      let same = lane.get(id);
      if (!same) {
        same = { params, readers: [] };
        lane.set(id, same);
      }
      const readers = same.readers;
      return new Promise((resolve, reject) => readers.push({ resolve, reject }));
    }
    const started = new Map() as ReadLane;
    this.reads.set(sql, started);
    const first = this.runRead(sql, params);
    void this.nextReads(sql, started, first);
    return first;
  }

  /** Runs, as they come, the reads of `sql` that waited for the one under way. */
  private async nextReads(sql: string, lane: ReadLane, running: Promise<unknown>): Promise<void> {
    await running.catch(() => undefined);
    for (const [id, same] of lane) {
      lane.delete(id);
      try {
        const rows = await this.runRead(sql, same.params);
        for (const reader of same.readers) reader.resolve(rows);
      } catch (e) {
        for (const reader of same.readers) reader.reject(e);
      }
    }
    // In the same step as the last look at the lane: a read asked for from here on runs at once.
    this.reads.delete(sql);
  }

  private runRead(sql: string, params: unknown[]): Promise<Row[]> {
    this.statements.read += 1;
    return this.reader.run(sql, params);
  }

  /**
   * Rows by key, on the reader: `sql` takes the keys as one JSON array and
   * returns rows with a `key` column. Keys asked for while such a read runs
   * are read together next, in one statement; the rows come back by key,
   * and may hold other keys than these.
   */
  readKeys(sql: string, keys: readonly string[]): Promise<Map<string, Row>> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    const lane = this.keyReads.get(sql);
    if (lane) {
      for (const key of keys) lane.keys.add(key);
      return new Promise((resolve, reject) => lane.readers.push({ resolve, reject }));
    }
    this.keyReads.set(sql, { keys: new Set(), readers: [] });
    const first = this.runKeys(sql, keys);
    void this.nextKeys(sql, first);
    return first;
  }

  private async nextKeys(sql: string, running: Promise<unknown>): Promise<void> {
    await running.catch(() => undefined);
    for (;;) {
      const lane = this.keyReads.get(sql);
      if (!lane || lane.readers.length === 0) break;
      this.keyReads.set(sql, { keys: new Set(), readers: [] });
      try {
        const rows = await this.runKeys(sql, [...lane.keys]);
        for (const reader of lane.readers) reader.resolve(rows);
      } catch (e) {
        for (const reader of lane.readers) reader.reject(e);
      }
    }
    // In the same step as the last look at the lane: a read asked for from here on runs at once.
    this.keyReads.delete(sql);
  }

  private async runKeys(sql: string, keys: readonly string[]): Promise<Map<string, Row>> {
    const rows = await this.runRead(sql, [JSON.stringify(keys)]);
    return new Map(rows.map((row) => [row.key as string, row]));
  }

  /** A statement that writes, committed with whatever else is waiting; resolves once durable. */
  write(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.enqueue(sql, params, false);
  }

  /**
   * Writes `rows` with `sql` (see TableRows), committed with whatever else
   * is waiting, and possibly in one statement with other rows for the same
   * `sql`; resolves once durable, with the rows the statement returned for
   * these keys.
   */
  writeRows(sql: string, rows: TableRows): Promise<Row[]> {
    return this.enqueue(sql, [], false, rows);
  }

  /** Any statement (a pragma, a schema change) on the writer, in its own transaction, in turn with the writes. */
  query(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.enqueue(sql, params, true);
  }

  private enqueue(sql: string, params: unknown[], alone: boolean, rows?: TableRows): Promise<Row[]> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    return new Promise<Row[]>((resolve, reject) => {
      this.waiting.push({ sql, params, alone, rows, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        this.idle = this.drain();
      }
    });
  }

  /** Takes what is waiting, a batch at a time, until nothing is. */
  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        // The writes at the head of the queue up to the first that must run alone (or that one by itself).
        let count = 1;
        if (!this.waiting[0]?.alone) while (count < this.waiting.length && !this.waiting[count]?.alone) count += 1;
        const batch = this.waiting.splice(0, count);
        if (batch.length === 1) await this.runAlone(batch[0] as Write);
        else await this.runTogether(batch);
      }
    } finally {
      // In the same step as the last look at the queue: a write queued from here on starts a new drain.
      this.draining = false;
    }
  }

  private runWrite(sql: string, params: unknown[]): Promise<Row[]> {
    this.statements.written += 1;
    return this.writer.run(sql, params);
  }

  private async runAlone(write: Write): Promise<void> {
    try {
      const rows = await this.runWrite(write.sql, write.rows ? [JSON.stringify(write.rows.items)] : write.params);
      this.commits += 1;
      write.resolve(rows);
    } catch (e) {
      write.reject(e);
    }
  }

  private async runTogether(batch: Write[]): Promise<void> {
    const merged = mergeRows(batch);
    if (merged) return this.runMerged(merged);
    const results: Row[][] = [];
    try {
      await this.runWrite('BEGIN IMMEDIATE', []);
    } catch {
      // No transaction to share (the file may be locked): each on its own, with its own wait and error.
      for (const write of batch) await this.runAlone(write);
      return;
    }
    try {
      for (const write of batch) results.push(await this.runWrite(write.sql, write.rows ? [JSON.stringify(write.rows.items)] : write.params));
      await this.runWrite('COMMIT', []);
    } catch {
      await this.runWrite('ROLLBACK', []).catch(() => undefined);
      for (const write of batch) await this.runAlone(write);
      return;
    }
    this.commits += 1;
    batch.forEach((write, i) => {
      write.resolve(results[i] ?? []);
    });
  }

  /**
   * Rows for one SQL text in one statement; several statements in one
   * transaction (one statement is a transaction of its own). Should it fail,
   * each write runs again on its own, as in runTogether.
   */
  private async runMerged(merged: Merged[]): Promise<void> {
    const results: Row[][] = [];
    const shared = merged.length > 1;
    try {
      if (shared) await this.runWrite('BEGIN IMMEDIATE', []);
      for (const { sql, items } of merged) results.push(await this.runWrite(sql, [JSON.stringify(items)]));
      if (shared) await this.runWrite('COMMIT', []);
    } catch {
      if (shared) await this.runWrite('ROLLBACK', []).catch(() => undefined);
      for (const { writes } of merged) for (const write of writes) await this.runAlone(write);
      return;
    }
    this.commits += 1;
    merged.forEach(({ writes }, i) => {
      const rows = results[i] ?? [];
      for (const write of writes) {
        const keys = new Set(write.rows?.keys);
        write.resolve(rows.length === 0 ? [] : rows.filter((row) => keys.has(row.key as string)));
      }
    });
  }

  /** One more table uses the connection; `release` it when done. */
  retain(): void {
    this.users += 1;
  }

  /** The connection closes when the last table using it lets go. */
  async release(): Promise<void> {
    this.users -= 1;
    if (this.users <= 0) await this.close();
  }

  /** Lets the waiting writes finish, then closes both connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.idle;
      await Promise.allSettled([this.writer.close(), this.reader.close()]);
    })();
    return this.closing;
  }
}
