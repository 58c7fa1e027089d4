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
