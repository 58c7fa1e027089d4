import type { Clock } from '../clock';

/**
 * Keys seen in the last `ttlMs` by this process, to drop a second copy of
 * the same request (a Slack retry, a double click, an activity Teams sends
 * again). On one process (SQLite) every copy arrives here; with several
 * instances on Redis, recentClaims shares the keys whose repeat would
 * duplicate a message, and only guards that may stay per instance use this
 * directly. What a copy would duplicate (a confirmation, a form) costs at
 * most one repeated message if a restart forgets it. Stored replies never
 * depend on this; their ids are derived. At most `max` keys are kept.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
    private readonly max = 10_000,
  ) {}

  /** True the first time a key is seen within the window (and remembers it), false for a repeat. */
  claim(key: string): boolean {
    const now = this.clock.now().getTime();
    this.prune(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.set(key, now);
    return true;
  }

  /** Forgets a key, so a failed attempt can be made again at once. */
  release(key: string): void {
    this.seen.delete(key);
  }

  private prune(now: number): void {
    // Maps iterate in insertion order, so the oldest come first.
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
  }
}
