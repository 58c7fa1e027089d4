import { NO_COUNTS, type ReplyCounts, type ScopeCounts } from './reply-counts';
import type { SqliteAdapter } from './sqlite-adapter';

/** What JavaScript's trim() takes away (hasContent): SQLite's trim() alone takes only spaces. */
const JS_SPACE = [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279];

/**
 * One row's part in the counts, read from its stored JSON (keyv keeps the
 * reply under `$.value`): `row` is NEW or OLD in a trigger, or the table.
 */
function rowFields(row: string) {
  const f = (path: string) => `json_extract(${row}.value, '$.value.${path}')`;
  const text = f('text');
  return {
    program: f('program'),
    round: f('round'),
    network: f('network'),
    kind: f('kind'),
    // hasContent: text that is more than white space, or a chosen option.
    counted: `((${text} IS NOT NULL AND trim(${text}, char(${JS_SPACE.join(',')})) <> '') OR ${f('option')} IS NOT NULL)`,
    // personKey: the author as JSON, or the reply itself when no author is known.
    person: `CASE WHEN ${f('author')} IS NULL THEN 'r:' || ${f('id')} ELSE 'a:' || json_array(${f('author.platform')}, ${f('author.userId')}) END`,
  };
}

/**
 * SQLite: two tables beside the replies' (counts per program, round and
 * network; answers per person in each), kept by triggers on the replies'
 * table, so every write (an upsert, a delete, a purge, an import) changes
 * the counts in its own transaction and nothing can forget to. A person's
 * row going from no answers to some (or back) moves the scope's `people`.
 * Made, and filled from the replies already stored, when the store first
 * opens with them.
 */
export function sqliteReplyCountsSql(table: string) {
  const counts = `${table}_counts`;
  const people = `${table}_people`;
  const apply = (row: 'NEW' | 'OLD', delta: 1 | -1) => {
    const r = rowFields(row);
    return `
      INSERT INTO ${counts} (program, round, network, answers, minutes, people)
        SELECT ${r.program}, ${r.round}, ${r.network},
          CASE ${r.kind} WHEN 'answer' THEN ${delta} ELSE 0 END, CASE ${r.kind} WHEN 'minutes' THEN ${delta} ELSE 0 END, 0
        WHERE ${r.counted}
        ON CONFLICT (program, round, network) DO UPDATE SET answers = answers + excluded.answers, minutes = minutes + excluded.minutes;
      INSERT INTO ${people} (program, round, network, person, answers)
        SELECT ${r.program}, ${r.round}, ${r.network}, ${r.person}, ${delta}
        WHERE ${r.counted} AND ${r.kind} = 'answer'
        ON CONFLICT (program, round, network, person) DO UPDATE SET answers = answers + excluded.answers;`;
  };
  const all = rowFields(table);
  const scopeOf = (row: string) => `program = ${row}.program AND round = ${row}.round AND network = ${row}.network`;
  return {
    tables: [
      `CREATE TABLE IF NOT EXISTS ${counts} (program TEXT NOT NULL, round INTEGER NOT NULL, network TEXT NOT NULL,
         answers INTEGER NOT NULL, minutes INTEGER NOT NULL, people INTEGER NOT NULL, PRIMARY KEY (program, round, network))`,
      `CREATE TABLE IF NOT EXISTS ${people} (program TEXT NOT NULL, round INTEGER NOT NULL, network TEXT NOT NULL,
         person TEXT NOT NULL, answers INTEGER NOT NULL, PRIMARY KEY (program, round, network, person))`,
    ],
    /** Counts what is stored already (the triggers count from then on). */
    fill: [
      `DELETE FROM ${counts}`,
      `DELETE FROM ${people}`,
      `INSERT INTO ${people} (program, round, network, person, answers)
         SELECT ${all.program}, ${all.round}, ${all.network}, ${all.person}, count(*) FROM ${table}
         WHERE ${all.counted} AND ${all.kind} = 'answer' GROUP BY 1, 2, 3, 4`,
      `INSERT INTO ${counts} (program, round, network, answers, minutes, people)
         SELECT ${all.program}, ${all.round}, ${all.network}, sum(${all.kind} = 'answer'), sum(${all.kind} = 'minutes'), 0 FROM ${table}
         WHERE ${all.counted} GROUP BY 1, 2, 3`,
      `UPDATE ${counts} SET people = (SELECT count(*) FROM ${people} p WHERE p.${scopeOf(counts)} AND p.answers > 0)`,
    ],
    triggers: [
      `CREATE TRIGGER IF NOT EXISTS ${table}_count_insert AFTER INSERT ON ${table} BEGIN ${apply('NEW', 1)} END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_count_update AFTER UPDATE OF value ON ${table} BEGIN ${apply('OLD', -1)} ${apply('NEW', 1)} END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_count_delete AFTER DELETE ON ${table} BEGIN ${apply('OLD', -1)} END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_count_people_insert AFTER INSERT ON ${people} WHEN NEW.answers > 0 BEGIN
         UPDATE ${counts} SET people = people + 1 WHERE ${scopeOf('NEW')}; END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_count_people_update AFTER UPDATE OF answers ON ${people} WHEN (OLD.answers > 0) <> (NEW.answers > 0) BEGIN
         UPDATE ${counts} SET people = people + (CASE WHEN NEW.answers > 0 THEN 1 ELSE -1 END) WHERE ${scopeOf('NEW')}; END`,
    ],
    made: `SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${table}\\_count\\_%' ESCAPE '\\'`,
    read: `SELECT network, answers, minutes, people FROM ${counts} WHERE program = ? AND round = ? AND network IN (SELECT value FROM json_each(?))`,
  };
}

/**
 * Makes the tables and triggers if they are not there yet, filling the
 * counts from the stored replies, all in one transaction: nothing is written
 * to the replies meanwhile (the store is still opening), and a crash leaves
 * either nothing or all of it.
 */
export async function sqliteReplyCounts(db: SqliteAdapter, table: string): Promise<ReplyCounts> {
  const sql = sqliteReplyCountsSql(table);
  const triggers = sql.triggers.length;
  const made = async () => Number((await db.query(sql.made))[0]?.n ?? 0);
  if ((await made()) !== triggers) {
    await db.query('BEGIN IMMEDIATE');
    try {
      for (const statement of sql.tables) await db.query(statement);
      // Another process may have made them between the look and the lock.
      if ((await made()) !== triggers) {
        for (const statement of [...sql.fill, ...sql.triggers]) await db.query(statement);
      }
      await db.query('COMMIT');
    } catch (e) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
  return {
    async of(program, round, networks) {
      const rows = await db.read(sql.read, program, round, JSON.stringify(networks));
      const found = new Map(rows.map((r) => [r.network as string, r]));
      return new Map(
        networks.map((n): [string, ScopeCounts] => {
          const row = found.get(n);
          return [n, row ? { answers: Number(row.answers), people: Number(row.people), minutes: Number(row.minutes) } : { ...NO_COUNTS }];
        }),
      );
    },
  };
}
