/**
 * Activity ids handled recently. Teams re-sends an activity when our answer
 * is slow or lost; the second copy must not produce a second reply. Kept in
 * memory: saves are idempotent anyway (reply ids are derived), so what a
 * restart forgets costs at most one repeated message.
 */
export class SeenActivities {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly max = 10_000,
  ) {}

  /** True the first time a key is offered (and remembers it), false for a repeat. */
  claim(key: string): boolean {
    const at = this.now();
    this.prune(at);
    const before = this.seen.get(key);
    if (before !== undefined && at - before < this.ttlMs) return false;
    this.seen.set(key, at);
    return true;
  }

  /** Forgets a key, so a re-send after a failed turn is handled again. */
  release(key: string): void {
    this.seen.delete(key);
  }

  private prune(at: number): void {
    for (const [key, when] of this.seen) {
      if (at - when < this.ttlMs && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
  }
}
