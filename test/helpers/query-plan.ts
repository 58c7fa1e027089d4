import KeyvSqlite from '@keyv/sqlite';
import { openStore } from '../../src/store/open-store';

/**
 * How SQLite would run each query on a store opened at `file` (so its
 * indexes exist): the plan's details joined, one string per query, in order.
 */
export async function queryPlans(file: string, table: string, queries: readonly (readonly [string, readonly unknown[]])[]): Promise<string[]> {
  const store = await openStore(`sqlite://${file}`);
  const db = new KeyvSqlite({ uri: `sqlite://${file}`, table, busyTimeout: 10_000 });
  try {
    const plans: string[] = [];
    for (const [sql, params] of queries) {
      const plan = (await db.query(`EXPLAIN QUERY PLAN ${sql}`, ...params)) as { detail: string }[];
      plans.push(plan.map((p) => p.detail).join(' '));
    }
    return plans;
  } finally {
    await db.disconnect();
    await store.close();
  }
}
