import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { LeaseRepository } from '../store/lease-repository';
import type { KeyClaims } from './key-claims';
import { RecentKeys } from './recent-keys';

/** Claims this instance may still release; a release comes within the same request, so few are needed. */
const MAX_TOKENS = 1_000;

/**
 * Claims shared by every instance on one store, as leases (Redis `SET NX PX`
 * under `lnb:lease:<prefix>:<hash of the key>`): one round trip per claim, and a retry
 * that lands on another instance loses. While the store cannot be reached a
 * claim is decided in memory instead (every key claimed here is also
 * remembered here), so a request is never dropped, nor held up, because Redis is away;
 * only a repeat that lands on another instance during the outage gets
 * through.
 */
export class LeaseKeyClaims implements KeyClaims {
  private readonly tokens = new Map<string, string>();
  private readonly local: RecentKeys;

  constructor(
    private readonly leases: LeaseRepository,
    private readonly prefix: string,
    private readonly ttlMs: number,
    clock: Clock,
    private readonly onError: (operation: 'claim' | 'release', e: unknown) => void = () => undefined,
  ) {
    this.local = new RecentKeys(ttlMs, clock);
  }

  async claim(key: string): Promise<boolean> {
    // A repeat of a key this instance claimed itself needs no round trip.
    if (!this.local.claim(key)) return false;
    let token: string | null;
    try {
      token = await this.leases.acquire(this.name(key), this.ttlMs);
    } catch (e) {
      this.onError('claim', e);
      return true;
    }
    if (token === null) {
      // Another instance holds it. Not remembered here as ours: once its holder releases it (a failed
      // attempt), the next copy that lands here must get the lease, not be dropped by this memory.
      this.local.release(key);
      return false;
    }
    this.tokens.set(key, token);
    // Maps iterate in insertion order: drop the oldest.
    for (const oldest of this.tokens.keys()) {
      if (this.tokens.size <= MAX_TOKENS) break;
      this.tokens.delete(oldest);
    }
    return true;
  }

  async release(key: string): Promise<void> {
    this.local.release(key);
    const token = this.tokens.get(key);
    if (token === undefined) return;
    this.tokens.delete(key);
    try {
      await this.leases.release(this.name(key), token);
    } catch (e) {
      // The claim then lapses by itself after ttlMs; until then a repeat is dropped.
      this.onError('release', e);
    }
  }

  // Hashed: a Teams key holds a conversation id, which has no business in the store.
  private name(key: string): string {
    return `${this.prefix}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
  }
}
