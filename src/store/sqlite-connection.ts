import { type Row, SqliteHandle } from './sqlite-handle';

/** One statement waiting for the writer; `alone` ones never share a transaction (pragmas, schema). */
interface Write {
  sql: string;
  params: unknown[];
  alone: boolean;
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

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
 * Reads go to the reader, which in WAL mode neither waits for the writer
 * nor sees a transaction that is not committed: a read never queues behind
 * a sync, and never sees what might still be rolled back.
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
  /** Transactions the writer has committed (for tests: fewer than the writes when they came together). */
  commits = 0;
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

  /** A statement that only reads, on the reader. */
  read(sql: string, ...params: unknown[]): Promise<Row[]> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    return this.reader.run(sql, params);
  }

  /** A statement that writes, committed with whatever else is waiting; resolves once durable. */
  write(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.enqueue(sql, params, false);
  }

  /** Any statement (a pragma, a schema change) on the writer, in its own transaction, in turn with the writes. */
  query(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.enqueue(sql, params, true);
  }

  private enqueue(sql: string, params: unknown[], alone: boolean): Promise<Row[]> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    return new Promise<Row[]>((resolve, reject) => {
      this.waiting.push({ sql, params, alone, resolve, reject });
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

  private async runAlone(write: Write): Promise<void> {
    try {
      const rows = await this.writer.run(write.sql, write.params);
      this.commits += 1;
      write.resolve(rows);
    } catch (e) {
      write.reject(e);
    }
  }

  private async runTogether(batch: Write[]): Promise<void> {
    const results: Row[][] = [];
    try {
      await this.writer.run('BEGIN IMMEDIATE', []);
    } catch {
      // No transaction to share (the file may be locked): each on its own, with its own wait and error.
      for (const write of batch) await this.runAlone(write);
      return;
    }
    try {
      for (const write of batch) results.push(await this.writer.run(write.sql, write.params));
      await this.writer.run('COMMIT', []);
    } catch {
      await this.writer.run('ROLLBACK', []).catch(() => undefined);
      for (const write of batch) await this.runAlone(write);
      return;
    }
    this.commits += 1;
    batch.forEach((write, i) => {
      write.resolve(results[i] ?? []);
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
