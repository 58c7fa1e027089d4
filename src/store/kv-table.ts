import type Keyv from 'keyv';
import { StoreError } from '../errors';
import type { SqliteAdapter } from './sqlite-adapter';

/** A stored value with a time to live: keyv reads it (and forgets it once expired). */
const EXPIRES = Symbol('expires');

/** What keyv stores for a value: the value, and when it expires (if it does). */
type Stored = { value?: unknown; expires?: unknown } | null | undefined;

/**
 * keyv's own layout and format for one SQLite table, read and written
 * without going through keyv: the same prefixed keys and the same
 * (de)serialisation, but none of its hooks, events and promises per row
 * (several per value, a tenth of a saved form's promises). Only what has
 * no time to live: anything else still goes through keyv.
 */
interface Direct {
  adapter: SqliteAdapter;
  /** keyv's key for `get`, `set` and `delete` (a key already carrying the namespace is left as it is). */
  key(key: string): string;
  /** keyv's keys for `getMany` (always prefixed). */
  keys(keys: string[]): string[];
  serialize(data: Stored): string;
  deserialize(text: string): Stored;
}

function directOver(keyv: Keyv<unknown>, adapter: SqliteAdapter | undefined): Direct | undefined {
  const { serialize, deserialize, namespace } = keyv;
  // Only keyv's plain layout: prefixed keys, no time to live by default, nothing compressed.
  if (!adapter || !serialize || !deserialize || !namespace || !keyv.useKeyPrefix || keyv.ttl !== undefined || keyv.compression) return undefined;
  // Both at once (keyv allows them to answer later, which only keyv then waits for).
  if (typeof serialize({ value: null }) !== 'string' || deserialize('{"value":null}') instanceof Promise) return undefined;
  const prefix = `${namespace}:`;
  return {
    adapter,
    key: (key) => (key.startsWith(prefix) ? key : `${prefix}${key}`),
    keys: (keys) => keys.map((key) => `${prefix}${key}`),
    serialize: (data) => serialize(data as never) as string,
    deserialize: (text) => deserialize(text) as Stored,
  };
}

/**
 * One named table of JSON values behind keyv. Every failure becomes a
 * StoreError, so callers never see a driver's error nor a silent `false`.
 * On SQLite (`adapter`), values are read and written in keyv's layout
 * without keyv's layers in between (see Direct).
 */
export class KvTable<T> {
  private readonly direct: Direct | undefined;

  constructor(
    private readonly keyv: Keyv<T>,
    private readonly name: string,
    adapter?: SqliteAdapter,
  ) {
    this.direct = directOver(keyv as Keyv<unknown>, adapter);
  }

  private async run<R>(operation: string, fn: () => Promise<R>): Promise<R> {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError(`${this.name}.${operation}`, e);
    }
  }

  get(key: string): Promise<T | undefined> {
    const direct = this.direct;
    if (!direct) return this.run('get', () => this.keyv.get(key));
    return this.run('get', async () => {
      const stored = this.unpack(direct, await direct.adapter.get(direct.key(key)));
      // A value with a time to live: keyv forgets it once it has expired.
      return stored === EXPIRES ? this.keyv.get(key) : stored;
    });
  }

  /** A stored row as keyv reads it, or EXPIRES when it has a time to live (keyv's to read). */
  private unpack(direct: Direct, raw: unknown): T | undefined | typeof EXPIRES {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') return EXPIRES;
    const data = direct.deserialize(raw);
    if (data === undefined || data === null) return undefined;
    if (typeof data.expires === 'number') return EXPIRES;
    return data.value as T;
  }

  /** `ttlMs` (wall time) lets the backend forget the value: Redis by itself, SQLite when it is next read or listed. */
  async set(key: string, value: T, ttlMs?: number): Promise<void> {
    const direct = this.direct;
    if (direct && ttlMs === undefined && typeof value !== 'symbol') {
      await this.run('set', () => direct.adapter.set(direct.key(key), direct.serialize({ value, expires: undefined })));
      return;
    }
    await this.run('set', async () => {
      const ok = await this.keyv.set(key, value, ttlMs);
      if (!ok) throw new StoreError(`${this.name}.set`, 'the store refused the write');
    });
  }

  /** The values of `keys`, in their order (undefined where there is none), in one round trip. */
  getMany(keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    const direct = this.direct;
    if (!direct) return this.run('getMany', () => this.keyv.getMany(keys));
    return this.run('getMany', async () => {
      const found = (await direct.adapter.getMany(direct.keys(keys))).map((raw) => this.unpack(direct, raw));
      // Values with a time to live: keyv forgets those that have expired.
      return found.includes(EXPIRES) ? this.keyv.getMany(keys) : (found as (T | undefined)[]);
    });
  }

  /**
   * Writes every entry in one go: all or none, with one sync to disk, where the
   * backend can (SQLite: one statement, see SqliteAdapter; Redis: MULTI/EXEC).
   * A backend without a `setMany` of its own would get one write per entry from
   * keyv, so it is refused rather than quietly losing both properties.
   */
  async setMany(entries: { key: string; value: T }[]): Promise<void> {
    if (entries.length === 0) return;
    const direct = this.direct;
    if (direct && entries.every((e) => typeof e.value !== 'symbol')) {
      await this.run('setMany', () =>
        direct.adapter.setMany(entries.map((e) => ({ key: direct.key(e.key), value: direct.serialize({ value: e.value, expires: undefined }) }))),
      );
      return;
    }
    await this.run('setMany', async () => {
      if (typeof (this.keyv.store as { setMany?: unknown }).setMany !== 'function') {
        throw new Error('this backend cannot write several values at once');
      }
      const results: unknown = await this.keyv.setMany(entries);
      if (Array.isArray(results) && results.some((ok) => ok === false)) {
        throw new StoreError(`${this.name}.setMany`, 'the store refused the write');
      }
    });
  }

  delete(key: string): Promise<boolean> {
    const direct = this.direct;
    if (direct) return this.run('delete', () => direct.adapter.delete(direct.key(key)));
    return this.run('delete', () => this.keyv.delete(key));
  }

  /** Every value in the table; order is the backend's. */
  values(): Promise<T[]> {
    return this.run('list', async () => {
      const out: T[] = [];
      if (!this.keyv.iterator) throw new Error('this backend cannot list its keys');
      for await (const [, value] of this.keyv.iterator(undefined)) if (value !== undefined) out.push(value as T);
      return out;
    });
  }

  disconnect(): Promise<void> {
    return this.run('close', () => this.keyv.disconnect());
  }
}
