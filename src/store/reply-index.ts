import type { Reply } from '../replies/reply';
import { builtOnce } from './built-once';
import type { SqliteAdapter } from './sqlite-adapter';

/** What a keyed read of replies asks for: one round of a program (one network of it, if given), or one author's. */
export type ReplyKey =
  | { by: 'scope'; program: string; round: number; network?: string }
  | { by: 'author'; platform: string; userId: string };

/**
 * Finds reply ids by program, round and network or by author without
 * reading the whole table. It may return ids that no longer match (a
 * deleted reply, minutes another leader saved since): the repository reads
 * the replies and checks them, so an index only has to hold a superset.
 */
export interface ReplyIndex {
  ids(key: ReplyKey): Promise<string[]>;
  /** Called before replies are written, so the index never misses a stored reply. */
  add(replies: Reply[]): Promise<void>;
}

/** Keyv stores a table's entries under `<namespace>:<id>`. */
const PREFIX = 'replies:';

/**
 * SQLite: expression indexes over the stored JSON, made when the store
 * opens, so the lookups are index searches and nothing has to be kept up to
 * date by hand. The expressions in the queries must be the indexes' own.
 */
export function sqliteReplyQueries(table: string) {
  const program = `json_extract(value, '$.value.program')`;
  const round = `json_extract(value, '$.value.round')`;
  const network = `json_extract(value, '$.value.network')`;
  const platform = `json_extract(value, '$.value.author.platform')`;
  const user = `json_extract(value, '$.value.author.userId')`;
  return {
    indexes: [
      `CREATE INDEX IF NOT EXISTS ${table}_by_scope ON ${table} (${program}, ${round}, ${network})`,
      `CREATE INDEX IF NOT EXISTS ${table}_by_author ON ${table} (${user}, ${platform})`,
    ],
    byAuthor: `SELECT key FROM ${table} WHERE ${user} = ? AND ${platform} = ?`,
    byRound: `SELECT key FROM ${table} WHERE ${program} = ? AND ${round} = ?`,
    byNetwork: `SELECT key FROM ${table} WHERE ${program} = ? AND ${round} = ? AND ${network} = ?`,
  };
}

export async function sqliteReplyIndex(db: SqliteAdapter, table: string): Promise<ReplyIndex> {
  const sql = sqliteReplyQueries(table);
  for (const statement of sql.indexes) await db.query(statement);
  const keysOf = (rows: unknown) => (rows as { key: string }[]).map((r) => r.key.slice(PREFIX.length));
  return {
    async ids(key) {
      if (key.by === 'author') return keysOf(await db.read(sql.byAuthor, key.userId, key.platform));
      if (key.network === undefined) return keysOf(await db.read(sql.byRound, key.program, key.round));
      return keysOf(await db.read(sql.byNetwork, key.program, key.round, key.network));
    },
    add: async () => undefined,
  };
}

/** The commands of a node-redis client that the Redis index uses. */
export interface RedisSets {
  sAdd(key: string, members: string[]): Promise<unknown>;
  sMembers(key: string): Promise<string[]>;
  exists(key: string): Promise<number>;
  set(key: string, value: string): Promise<unknown>;
}

const SEP = '\u0000';
const setOf = (key: ReplyKey): string =>
  key.by === 'author'
    ? `lnb:index:replies:author:${key.platform}${SEP}${key.userId}`
    : `lnb:index:replies:scope:${[key.program, key.round, ...(key.network === undefined ? [] : [key.network])].join(SEP)}`;

/** Every set a reply belongs to. */
function setsOf(reply: Reply): string[] {
  const sets = [
    setOf({ by: 'scope', program: reply.program, round: reply.round }),
    setOf({ by: 'scope', program: reply.program, round: reply.round, network: reply.network }),
  ];
  if (reply.author) sets.push(setOf({ by: 'author', platform: reply.author.platform, userId: reply.author.userId }));
  return sets;
}

/**
 * Redis: a set of reply ids per program round, per network of it and per
 * author, added to before the reply is written (a reply never stored leaves
 * an id that reads skip). Replies stored before the index existed are
 * indexed once, when a store first opens with it (`backfill`).
 */
export function redisReplyIndex(client: RedisSets): ReplyIndex & { backfill(all: () => Promise<Reply[]>): Promise<void> } {
  const add = async (replies: Reply[]) => {
    const members = new Map<string, string[]>();
    for (const reply of replies) for (const set of setsOf(reply)) members.set(set, [...(members.get(set) ?? []), reply.id]);
    await Promise.all([...members].map(([set, ids]) => client.sAdd(set, ids)));
  };
  return {
    ids: (key) => client.sMembers(setOf(key)),
    add,
    backfill: (all) => builtOnce(client, 'lnb:index:replies:built', async () => add(await all())),
  };
}
