import type { Row } from './sqlite-handle';

/** One statement waiting for the writer; `alone` ones never share a transaction (pragmas, schema). */
export interface Write {
  sql: string;
  params: unknown[];
  alone: boolean;
  /** Set for rows of one table (see writeRows): such writes of one `sql` may be run as one statement. */
  rows?: TableRows;
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * Rows of one table to write (or delete) by key, with a statement that
 * takes them as ONE JSON array (`items`, one element per row) and returns
 * nothing, or the `key` of each row it touched.
 */
export interface TableRows {
  table: string;
  keys: readonly string[];
  items: readonly unknown[];
}

/** The writes of one SQL text in a batch, and their rows in the order they came. */
export interface Merged {
  sql: string;
  writes: Write[];
  items: unknown[];
}

/**
 * A batch of row writes grouped by SQL text, or undefined when it cannot be:
 * a write that is not of rows, or two writes naming the same row of a table
 * (their order then matters, and only running them in turn keeps it).
 */
export function mergeRows(batch: Write[]): Merged[] | undefined {
  const named = new Set<string>();
  const bySql = new Map<string, Merged>();
  for (const write of batch) {
    const rows = write.rows;
    if (!rows) return undefined;
    const own = new Set<string>();
    for (const key of rows.keys) {
      const id = `${rows.table}\u0000${key}`;
      if (named.has(id)) return undefined;
      own.add(id);
    }
    for (const id of own) named.add(id);
    let merged = bySql.get(write.sql);
    if (!merged) {
      merged = { sql: write.sql, writes: [], items: [] };
      bySql.set(write.sql, merged);
    }
    merged.writes.push(write);
    for (const item of rows.items) merged.items.push(item);
  }
  return [...bySql.values()];
}
