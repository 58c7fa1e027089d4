import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvRedis from '@keyv/redis';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { type Clock, systemClock } from '../clock';
import { StoreError } from '../errors';
import type { Reply } from '../replies/reply';
import { type Contact, type ContactRepository, createContactRepository } from './contact-repository';
import { createFileRepository, type FileRecord, type FileRepository } from './file-repository';
import { useFastJson } from './keyv-json';
import { KvTable } from './kv-table';
import { createMemoryLeases, createRedisLeases, type LeaseRepository } from './lease-repository';
import { createLedgerRepository, type LedgerEntry, type LedgerRepository, ledgerKey } from './ledger-repository';
import { type ChannelIndex, type ChannelLink, createLinkRepository, type LinkRepository, linkKey, sqliteChannelIndex } from './link-repository';
import { type ProgramIndex, redisProgramIndex, sqliteProgramIndex } from './program-index';
import { type ChannelRefusal, createReachabilityRepository, type ReachabilityRepository } from './reachability-repository';
import { redisReconnect } from './redis-reconnect';
import { type RedisCountCommands, redisReplyCounts } from './redis-reply-counts';
import { type RedisSets, redisReplyIndex, sqliteReplyIndex } from './reply-index';
import { replyLock } from './reply-lock';
import { createReplyRepository, type ReplyKeeping, type ReplyRepository } from './reply-repository';
import { SqliteAdapter } from './sqlite-adapter';
import { SqliteConnection } from './sqlite-connection';
import { sqliteReplyCounts } from './sqlite-reply-counts';
import { parseStoreUrl, type StoreLocation } from './store-url';

export interface Store {
  readonly location: StoreLocation;
  readonly replies: ReplyRepository;
  readonly links: LinkRepository;
  readonly ledger: LedgerRepository;
  /** Networks whose channel its platform refused: one record per program and network, shared by every instance. */
  readonly reachability: ReachabilityRepository;
  readonly contacts: ContactRepository;
  /** Teams compilations' Word files, until their download link expires, and the links' signing secret. */
  readonly files: FileRepository;
  /** Claims that keep two instances from doing one thing (in memory on SQLite, in Redis on Redis). */
  readonly leases: LeaseRepository;
  /** The coordinator's workbench: links used, sessions, drafts and edit logs (src/workbench/workbench-repository). */
  readonly workbench: KvTable<unknown>;
  close(): Promise<void>;
}

const TABLES = ['replies', 'links', 'ledger', 'reachability', 'contacts', 'files', 'workbench'] as const;
type TableName = (typeof TABLES)[number];

function adapterFor(location: StoreLocation, table: TableName, sqlite: SqliteConnection | undefined): KeyvStoreAdapter {
  if (location.kind === 'sqlite') {
    if (!sqlite) throw new Error('a SQLite store needs its connection');
    // One table per repository keeps listing a table from scanning the others.
    // Paging 1,000 rows at a time keeps a listing of many replies fast.
    return new SqliteAdapter(sqlite, `lnb_${table}`, 1000) as unknown as KeyvStoreAdapter;
  }
  // Without a connection, node-redis by default queues commands until it reconnects, so
  // a submission would wait for as long as Redis is away, past Slack's three seconds and
  // any ack. With the queue off, a command fails at once (the person is told their text
  // is kept and can send again) while the client keeps reconnecting in the background.
  // Before its first connection a client tries a few times, then gives up (see
  // redisReconnect), so a wrong or unreachable server fails the start. Each try's bound is
  // the socket's own: keyv's connectionTimeout would leave a timer running for 5 s after every connection.
  let connected = false;
  const client = {
    url: location.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 5_000, reconnectStrategy: redisReconnect(() => connected, table) },
  };
  const adapter = new KeyvRedis(client, { namespace: `lnb:${table}`, throwOnConnectError: true, throwOnErrors: true });
  adapter.on('connect', () => {
    connected = true;
  });
  return adapter as unknown as KeyvStoreAdapter;
}

/**
 * The replies' index (for a tick, status and a person's own data) and their
 * counts (for status): SQLite's expression indexes and triggered tables, or
 * sets in Redis.
 */
async function replyKeepingFor(adapter: KeyvStoreAdapter, replies: KvTable<Reply>): Promise<ReplyKeeping> {
  if (adapter instanceof SqliteAdapter) {
    return { index: await sqliteReplyIndex(adapter, 'lnb_replies'), counts: await sqliteReplyCounts(adapter, 'lnb_replies') };
  }
  const client = await (adapter as unknown as { getClient(): Promise<RedisSets & RedisCountCommands> }).getClient();
  const index = redisReplyIndex(client);
  const counts = redisReplyCounts(client);
  // Both are filled from the stored replies on a server that has neither yet: read them once.
  let stored: Promise<Reply[]> | undefined;
  const all = () => {
    stored ??= replies.values();
    return stored;
  };
  await index.backfill(all);
  await counts.backfill(all);
  return { index, counts };
}

/**
 * The index of a table's entries by program (see ProgramIndex): an
 * expression index on SQLite, a set per program on Redis, filled once from
 * what the table held before it existed.
 */
async function programIndexFor<T extends { program: string }>(
  adapter: KeyvStoreAdapter,
  name: TableName,
  table: KvTable<T>,
  keyOf: (entry: T) => string,
): Promise<ProgramIndex> {
  if (adapter instanceof SqliteAdapter) return sqliteProgramIndex(adapter, `lnb_${name}`, name);
  const client = await (adapter as unknown as { getClient(): Promise<RedisSets> }).getClient();
  const index = redisProgramIndex(client, name);
  await index.backfill(async () => (await table.values()).map((e) => ({ key: keyOf(e), program: e.program })));
  return index;
}

/**
 * Opens the store named by a STORE_URL and checks it answers. With nothing
 * configured this is a SQLite file under ./data; a Redis URL lets several
 * instances of the bot share replies, links and the ledger. `clock` times
 * the in-memory leases of SQLite (Redis times its own).
 */
export async function openStore(url: string, cwd: string = process.cwd(), clock: Clock = systemClock): Promise<Store> {
  const location = parseStoreUrl(url, cwd);
  if (location.kind === 'sqlite') {
    try {
      await mkdir(dirname(location.path), { recursive: true });
    } catch (e) {
      throw new StoreError('open', e);
    }
  }
  const tables = {} as Record<TableName, KvTable<unknown>>;
  // One connection for the file's tables (see SqliteConnection); it closes with the last of them.
  const sqlite = location.kind === 'sqlite' ? new SqliteConnection(location.path, 10_000) : undefined;
  const adapters = {} as Record<TableName, KeyvStoreAdapter>;
  for (const name of TABLES) {
    const adapter = adapterFor(location, name, sqlite);
    adapters[name] = adapter;
    if (adapter instanceof SqliteAdapter && name === TABLES[0]) {
      // Write-ahead logging: one sync per commit instead of several, and readers
      // never wait for a writer. synchronous=FULL keeps every acknowledged
      // reply on disk even if the machine loses power. Both are set on the
      // connection's first use, before any table is read or written.
      try {
        await adapter.query('PRAGMA journal_mode=WAL');
        await adapter.query('PRAGMA synchronous=FULL');
      } catch (e) {
        await Promise.allSettled([adapter.disconnect(), ...Object.values(tables).map((t) => t.disconnect())]);
        throw new StoreError('open', e);
      }
    }
    const keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
    useFastJson(keyv);
    // Errors are thrown to the caller (throwOnErrors); without a listener the
    // emitted copy would crash the process.
    keyv.on('error', () => undefined);
    tables[name] = new KvTable(keyv, name, adapter instanceof SqliteAdapter ? adapter : undefined);
  }
  // Checked first: a read on every table proves the file opened (or the server answered).
  try {
    await Promise.all(Object.values(tables).map((t) => t.get('__ping__')));
  } catch (e) {
    await Promise.allSettled(Object.values(tables).map((t) => t.disconnect()));
    throw e instanceof StoreError ? e : new StoreError('open', e);
  }
  let leases: LeaseRepository;
  let keeping: ReplyKeeping;
  let ledgerIndex: ProgramIndex;
  let linkIndex: ProgramIndex;
  let channelIndex: ChannelIndex | undefined;
  try {
    keeping = await replyKeepingFor(adapters.replies, tables.replies as KvTable<Reply>);
    ledgerIndex = await programIndexFor(adapters.ledger, 'ledger', tables.ledger as KvTable<LedgerEntry>, ledgerKey);
    linkIndex = await programIndexFor(adapters.links, 'links', tables.links as KvTable<ChannelLink>, (l) => linkKey(l.program, l.network));
    // A channel's link by key on SQLite; Redis reads the program's few links and picks the channel's.
    channelIndex = adapters.links instanceof SqliteAdapter ? await sqliteChannelIndex(adapters.links, 'lnb_links', 'links') : undefined;
    leases = location.kind === 'redis' ? await createRedisLeases(location.url) : createMemoryLeases(clock);
  } catch (e) {
    await Promise.allSettled(Object.values(tables).map((t) => t.disconnect()));
    throw e instanceof StoreError ? e : new StoreError('open', e);
  }
  const store: Store = {
    location,
    // Several instances may save the same reply at once on Redis; one process owns a SQLite file.
    replies: createReplyRepository(tables.replies as KvTable<Reply>, location.kind === 'redis' ? replyLock(leases) : undefined, keeping),
    links: createLinkRepository(tables.links as KvTable<ChannelLink>, linkIndex, channelIndex),
    ledger: createLedgerRepository(tables.ledger as KvTable<LedgerEntry>, ledgerIndex),
    reachability: createReachabilityRepository(tables.reachability as KvTable<ChannelRefusal>),
    contacts: createContactRepository(tables.contacts as KvTable<Contact>),
    files: createFileRepository(tables.files as KvTable<FileRecord>, leases),
    leases,
    workbench: tables.workbench,
    async close() {
      await Promise.allSettled([...Object.values(tables).map((t) => t.disconnect()), leases.close()]);
    },
  };
  return store;
}
