import sqlite3 from 'sqlite3';

export type Row = Record<string, unknown>;

/**
 * One sqlite3 connection whose statements are prepared once per SQL text
 * and kept. Preparing per query (what `Database#all` does) compiles the SQL
 * again on every call and finalizes the statement afterwards on the main
 * thread, where `sqlite3_finalize` waits for the connection's mutex: for as
 * long as another statement was writing and syncing to disk, the whole event
 * loop stood still. A kept statement is only bound and stepped, in the
 * thread pool.
 */
export class SqliteHandle {
  private readonly opened: Promise<sqlite3.Database>;
  private readonly statements = new Map<string, Promise<sqlite3.Statement>>();
  /** The statements prepared so far, to run at once: no wait for promises long settled on every query. */
  private readonly ready = new Map<string, sqlite3.Statement>();
  private closing: Promise<void> | undefined;

  constructor(path: string, busyTimeoutMs: number) {
    this.opened = new Promise((resolve, reject) => {
      const db = new sqlite3.Database(path, (error) => {
        if (error) return reject(error);
        db.configure('busyTimeout', busyTimeoutMs);
        resolve(db);
      });
    });
    // Seen by whoever runs a statement; without a handler an early failure would be unhandled.
    this.opened.catch(() => undefined);
  }

  /** How many SQL texts are prepared and kept. */
  get prepared(): number {
    return this.statements.size;
  }

  /** The statement for `sql`, prepared on first use; a failed preparation is forgotten, so the next call tries again. */
  private statement(db: sqlite3.Database, sql: string): Promise<sqlite3.Statement> {
    let statement = this.statements.get(sql);
    if (!statement) {
      const made = new Promise<sqlite3.Statement>((resolve, reject) => {
        const prepared = db.prepare(sql, (error) => {
          if (error) return reject(error);
          if (!this.closing) this.ready.set(sql, prepared);
          resolve(prepared);
        });
      });
      made.catch(() => {
        if (this.statements.get(sql) === made) this.statements.delete(sql);
      });
      statement = made;
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `sql` with positional `params` and resolves with its rows (none for most writes). */
  run(sql: string, params: unknown[]): Promise<Row[]> {
    if (this.closing) return Promise.reject(new Error('the SQLite connection is closed'));
    const statement = this.ready.get(sql);
    return statement ? this.all(statement, params) : this.prepareAndRun(sql, params);
  }

  private async prepareAndRun(sql: string, params: unknown[]): Promise<Row[]> {
    const statement = await this.statement(await this.opened, sql);
    return this.all(statement, params);
  }

  private all(statement: sqlite3.Statement, params: unknown[]): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      const done = (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows));
      // With no parameters node-sqlite3 resets the statement itself; with some it clears the old bindings first.
      if (params.length === 0) statement.all<Row>(done);
      else statement.all<Row>(params, done);
    });
  }

  /** Finalizes the kept statements and closes the file (SQLite refuses to close with statements open). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const db = await this.opened.catch(() => undefined);
      if (!db) return;
      this.ready.clear();
      const statements = await Promise.allSettled([...this.statements.values()]);
      this.statements.clear();
      await Promise.all(
        statements.map((s) => (s.status === 'fulfilled' ? new Promise<void>((resolve) => s.value.finalize(() => resolve())) : undefined)),
      );
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    })();
    return this.closing;
  }
}
