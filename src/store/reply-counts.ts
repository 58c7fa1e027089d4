import { hasContent, type Reply } from '../replies/reply';

/**
 * What a round of one network has in, counted as the compilation counts it
 * (participation): answers with content, the distinct people who wrote them
 * (an answer without an author is one person) and the leaders' minutes
 * with content, apart.
 */
export interface ScopeCounts {
  answers: number;
  people: number;
  minutes: number;
}

export const NO_COUNTS: ScopeCounts = Object.freeze({ answers: 0, people: 0, minutes: 0 });

/**
 * Counts kept beside the replies, per program, round and network, so that
 * `status` reads a few numbers instead of every reply of the round. They
 * change with every write of a reply: SQLite's triggers keep them in the
 * same transaction as the write; on Redis the repository reports each change
 * under the reply's lock (`changed`).
 */
export interface ReplyCounts {
  /** The counts of `networks` in one round of `program` (zero for a network with nothing in), in one round trip. */
  of(program: string, round: number, networks: readonly string[]): Promise<Map<string, ScopeCounts>>;
  /** A reply went from `before` to `after` (undefined: not stored). Absent where the store counts by itself (SQLite). */
  changed?(before: Reply | undefined, after: Reply | undefined): Promise<void>;
}

/** Who a counted answer is by, as participation tells people apart. */
export const personKey = (r: Pick<Reply, 'id' | 'author'>): string =>
  r.author ? `a:${JSON.stringify([r.author.platform, r.author.userId])}` : `r:${r.id}`;

/** What a reply adds to its scope's counts: nothing when it says nothing. */
export function contribution(r: Reply): { kind: Reply['kind']; person: string } | undefined {
  return hasContent(r) ? { kind: r.kind, person: personKey(r) } : undefined;
}

/** The counts of stored replies, read the slow way (for a repository without kept counts, and for tests). */
export function countReplies(replies: readonly Reply[], networks: readonly string[]): Map<string, ScopeCounts> {
  const out = new Map(networks.map((n) => [n, { answers: 0, minutes: 0, people: new Set<string>() }]));
  for (const r of replies) {
    const c = contribution(r);
    const into = out.get(r.network);
    if (!c || !into) continue;
    if (c.kind === 'minutes') into.minutes += 1;
    else {
      into.answers += 1;
      into.people.add(c.person);
    }
  }
  return new Map([...out].map(([n, c]) => [n, { answers: c.answers, people: c.people.size, minutes: c.minutes }]));
}
