import type { Clock } from '../clock';
import type { Store } from '../store/open-store';
import type { KeyClaims } from './key-claims';
import { LeaseKeyClaims } from './lease-key-claims';
import { RecentKeys } from './recent-keys';

/**
 * Request keys seen in the last `ttlMs`, shared by every instance when the
 * store is Redis (so a Slack retry or a Teams re-send that lands on another
 * instance is recognised there), in this process's memory on SQLite, where
 * one process owns the file and so receives every request.
 * `name` keeps the uses apart in the store. The window is measured by
 * `clock` in memory, by the Redis server's own time in Redis.
 */
export function recentClaims(
  store: Pick<Store, 'location' | 'leases'>,
  name: string,
  ttlMs: number,
  clock: Clock,
  onError?: (operation: 'claim' | 'release', e: unknown) => void,
): KeyClaims {
  if (store.location.kind === 'redis') return new LeaseKeyClaims(store.leases, `seen:${name}`, ttlMs, clock, onError);
  const keys = new RecentKeys(ttlMs, clock);
  return {
    claim: async (key) => keys.claim(key),
    release: async (key) => keys.release(key),
  };
}
