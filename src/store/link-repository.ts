import { StoreError } from '../errors';
import type { KvTable } from './kv-table';
import { byProgram, type ProgramIndex } from './program-index';
import type { SqliteAdapter } from './sqlite-adapter';

/** Where a network's messages go, when it was linked from the chat rather than the program file. */
export interface ChannelLink {
  program: string;
  network: string;
  platform: 'slack' | 'teams' | 'local';
  channel: string;
  /** The platform's own address data (a Teams conversation reference), opaque here. */
  reference?: unknown;
  linkedBy: string | null;
  linkedAt: string;
}

export interface LinkRepository {
  get(program: string, network: string): Promise<ChannelLink | undefined>;
  set(link: ChannelLink): Promise<void>;
  delete(program: string, network: string): Promise<boolean>;
  list(program: string): Promise<ChannelLink[]>;
  /**
   * The links of one channel of a program (at most one since a new link
   * takes the channel over; a store written before may hold several): what
   * every message in a channel asks, read without the program's other links.
   */
  ofChannel(program: string, platform: ChannelLink['platform'], channel: string): Promise<ChannelLink[]>;
}

/**
 * Finds the keys of the links of one channel of a program (of any platform:
 * readers check the platform) without reading the program's others. Like
 * ProgramIndex it may name more than what matches: readers check again.
 */
export interface ChannelIndex {
  keys(program: string, channel: string): Promise<string[]>;
}

/**
 * SQLite: an expression index over the stored JSON's program and channel,
 * made when the store opens; nothing to keep up to date by hand. Keyv
 * stores a table's entries under `<namespace>:<key>`.
 */
export function sqliteChannelQueries(table: string) {
  const program = `json_extract(value, '$.value.program')`;
  const channel = `json_extract(value, '$.value.channel')`;
  return {
    index: `CREATE INDEX IF NOT EXISTS ${table}_by_channel ON ${table} (${program}, ${channel})`,
    byChannel: `SELECT key FROM ${table} WHERE ${program} = ? AND ${channel} = ?`,
  };
}

export async function sqliteChannelIndex(db: SqliteAdapter, table: string, namespace: string): Promise<ChannelIndex> {
  const sql = sqliteChannelQueries(table);
  await db.query(sql.index);
  const prefix = `${namespace}:`;
  return {
    keys: async (program, channel) => ((await db.read(sql.byChannel, program, channel)) as { key: string }[]).map((r) => r.key.slice(prefix.length)),
  };
}

/** Where a network's link is stored. */
export const linkKey = (program: string, network: string) => `${program}/${network}`;

/**
 * `index` finds a program's links by key (see ProgramIndex); without one,
 * `list` reads the whole table. `channels` finds a channel's (see
 * ChannelIndex); without one, `ofChannel` reads the program's links.
 */
export function createLinkRepository(table: KvTable<ChannelLink>, index?: ProgramIndex, channels?: ChannelIndex): LinkRepository {
  const keyed = byProgram(table, 'links', index);
  const ofChannel = (l: ChannelLink | undefined, program: string, platform: string, channel: string): l is ChannelLink =>
    l !== undefined && l.program === program && l.platform === platform && l.channel === channel;
  return {
    get: (program, network) => table.get(linkKey(program, network)),
    set: (link) => keyed.set(linkKey(link.program, link.network), link),
    delete: (program, network) => table.delete(linkKey(program, network)),
    list: keyed.list,
    async ofChannel(program, platform, channel) {
      if (!channels) return (await keyed.list(program)).filter((l) => ofChannel(l, program, platform, channel));
      let keys: string[];
      try {
        keys = await channels.keys(program, channel);
      } catch (e) {
        throw e instanceof StoreError ? e : new StoreError('links.index', e);
      }
      const found = await table.getMany([...new Set(keys)].sort());
      return found.filter((l) => ofChannel(l, program, platform, channel));
    },
  };
}
