import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import type { Clock } from '../clock';
import { StoreError } from '../errors';
import { redisReconnect } from './redis-reconnect';

/**
 * Short exclusive claims on a name ("this instance sends round 2's post to
 * Eskilstuna"), so that of several bot instances only one acts. A claim
 * expires by itself, so a crashed holder is replaced within its ttl. The
 * token is the fence: check `holds` right before the send, and a holder
 * whose claim lapsed (a long pause) does not send.
 */
export interface LeaseRepository {
  /** A token when the claim was won, null when someone else holds it. */
  acquire(name: string, ttlMs: number): Promise<string | null>;
  holds(name: string, token: string): Promise<boolean>;
  release(name: string, token: string): Promise<void>;
  close(): Promise<void>;
}

/** For one process (the SQLite store): claims in memory, with the same expiry rules, by the bot's clock. */
export function createMemoryLeases(clock: Clock): LeaseRepository {
  const now = () => clock.now().getTime();
  const held = new Map<string, { token: string; until: number }>();
  const live = (name: string) => {
    const lease = held.get(name);
    return lease && lease.until > now() ? lease : undefined;
  };
  return {
    async acquire(name, ttlMs) {
      if (live(name)) return null;
      const token = randomUUID();
      held.set(name, { token, until: now() + ttlMs });
      return token;
    },
    async holds(name, token) {
      return live(name)?.token === token;
    },
    async release(name, token) {
      if (held.get(name)?.token === token) held.delete(name);
    },
    async close() {
      held.clear();
    },
  };
}

// Deletes the key only if it still holds our token, atomically, so a holder
// whose lease expired cannot release the next holder's.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

// SET NX PX, also when Redis is full (maxmemory reached, no eviction): a claim is a few bytes that
// expire by themselves, and deleting a reply goes through one, so a full store still lets a person's
// replies be removed and an import that filled it be taken back. The script flag needs Redis 7.
const ACQUIRE = "#!lua flags=allow-oom\nreturn redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])";

/** The oldest Redis the leases run on: the first with flags on scripts. */
export const MIN_REDIS_MAJOR = 7;

/** Why the server that `INFO server` describes cannot hold the leases, or undefined when it can. */
export function redisVersionProblem(info: string): string | undefined {
  const version = /^redis_version:(\S+)/m.exec(info)?.[1];
  if (!version) return undefined;
  const major = Number.parseInt(version, 10);
  if (major >= MIN_REDIS_MAJOR) return undefined;
  return `Redis ${version} found; the bot needs Redis ${MIN_REDIS_MAJOR} or newer: upgrade the server STORE_URL names`;
}

/** Claims in Redis (SET NX PX), shared by every instance on the same server. */
export async function createRedisLeases(url: string): Promise<LeaseRepository> {
  let connected = false;
  // Before the first connection, a bounded retry so an unreachable server
  // fails start-up with a clear error; after it, keep reconnecting.
  const reconnectStrategy = redisReconnect(() => connected, 'leases');
  // No offline queue: while Redis is away a claim fails at once (the tick retries) instead of waiting for it.
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 5_000, reconnectStrategy } });
  client.on('error', () => undefined);
  const run = async <R>(op: string, fn: () => Promise<R>): Promise<R> => {
    try {
      return await fn();
    } catch (e) {
      throw new StoreError(`leases.${op}`, e);
    }
  };
  await run('connect', () => client.connect());
  connected = true;
  const problem = redisVersionProblem(await run('connect', () => client.info('server')));
  if (problem) {
    await client.quit().catch(() => client.destroy?.());
    throw new StoreError('leases.connect', new Error(problem));
  }
  const key = (name: string) => `lnb:lease:${name}`;
  return {
    acquire: (name, ttlMs) =>
      run('acquire', async () => {
        const token = randomUUID();
        const ok = await client.eval(ACQUIRE, { keys: [key(name)], arguments: [token, String(ttlMs)] });
        return ok === 'OK' ? token : null;
      }),
    holds: (name, token) => run('holds', async () => (await client.get(key(name))) === token),
    release: (name, token) =>
      run('release', async () => {
        await client.eval(RELEASE, { keys: [key(name)], arguments: [token] });
      }),
    close: async () => {
      await client.quit().catch(() => client.destroy?.());
    },
  };
}
