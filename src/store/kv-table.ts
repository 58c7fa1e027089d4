import type Keyv from 'keyv';
import { StoreError } from '../errors';

/**
 * One named table of JSON values behind keyv. Every failure becomes a
 * StoreError, so callers never see a driver's error nor a silent `false`.
 */
export class KvTable<T> {
  constructor(
    private readonly keyv: Keyv<T>,
    private readonly name: string,
  ) {}

  private async run<R>(operation: string, fn: () => Promise<R>): Promise<R> {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError(`${this.name}.${operation}`, e);
    }
  }

  get(key: string): Promise<T | undefined> {
    return this.run('get', () => this.keyv.get(key));
  }

  /** `ttlMs` (wall time) lets the backend forget the value: Redis by itself, SQLite when it is next read or listed. */
  async set(key: string, value: T, ttlMs?: number): Promise<void> {
    await this.run('set', async () => {
      const ok = await this.keyv.set(key, value, ttlMs);
      if (!ok) throw new StoreError(`${this.name}.set`, 'the store refused the write');
    });
  }

  /** The values of `keys`, in their order (undefined where there is none), in one round trip. */
  getMany(keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.run('getMany', () => this.keyv.getMany(keys));
  }

  /**
   * Writes every entry in one go: all or none, with one sync to disk, where the
   * backend can (SQLite: one statement, see SqliteAdapter; Redis: MULTI/EXEC).
   * A backend without a `setMany` of its own would get one write per entry from
   * keyv, so it is refused rather than quietly losing both properties.
   */
  async setMany(entries: { key: string; value: T }[]): Promise<void> {
    if (entries.length === 0) return;
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
