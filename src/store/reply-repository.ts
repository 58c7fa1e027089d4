import { StoreError } from '../errors';
import { type Reply, type ReplyInput, replySchema } from '../replies/reply';
import type { KvTable } from './kv-table';
import { countReplies, type ReplyCounts, type ScopeCounts } from './reply-counts';
import type { ReplyIndex, ReplyKey } from './reply-index';
import type { ReplyLock } from './reply-lock';

export interface ReplyFilter {
  program?: string;
  round?: number;
  network?: string;
  question?: string;
  /** Only replies this person wrote (last saved): what `/lnb mina-svar` shows them. */
  author?: { platform: string; userId: string };
}

export interface ReplyRepository {
  get(id: string): Promise<Reply | undefined>;
  /**
   * Creates or updates the reply with `input.id`. An update keeps what it
   * replaced in `history`; saving the same content again changes nothing.
   * Resolves only once the reply is durable.
   */
  save(input: ReplyInput, now: Date): Promise<Reply>;
  /**
   * `save` for several replies at once (one form's answers), in their order.
   * What changed is written in one go: all of it or none, with one sync to
   * disk. `remove` names replies taken back in the same save (answers emptied
   * on edit): each is deleted if it is stored, under the same queue and lock,
   * and costs nothing if it is not. Ids (saved and removed) must differ.
   * Resolves only once every reply is durable and every removal done.
   */
  saveMany(inputs: ReplyInput[], now: Date, remove?: readonly string[]): Promise<Reply[]>;
  /** Writes `reply` exactly as given: for undoing a half-done import. */
  put(reply: Reply): Promise<void>;
  delete(id: string): Promise<boolean>;
  /**
   * Replies matching `filter`, oldest first. A filter with an author, or
   * with a program and a round, is read by key (see listByScope and
   * listByAuthor); anything else reads the whole table.
   */
  list(filter?: ReplyFilter): Promise<Reply[]>;
  /** One round of a program (one network of it, if given), read by key: never the whole table. */
  listByScope(scope: { program: string; round: number; network?: string }): Promise<Reply[]>;
  /** What one person wrote (saved last), read by key: never the whole table. */
  listByAuthor(author: { platform: string; userId: string }): Promise<Reply[]>;
  /**
   * What each of `networks` has in for one round, counted as the compilation
   * counts (see ScopeCounts): from the counts the store keeps, never by
   * reading the replies.
   */
  countByScope(scope: { program: string; round: number }, networks: readonly string[]): Promise<Map<string, ScopeCounts>>;
}

const sameContent = (a: Reply, b: ReplyInput) =>
  a.text === b.text && a.option === b.option && a.role === b.role && a.consent === b.consent;

export function matchesFilter(reply: Reply, filter: ReplyFilter): boolean {
  return (
    (filter.program === undefined || reply.program === filter.program) &&
    (filter.round === undefined || reply.round === filter.round) &&
    (filter.network === undefined || reply.network === filter.network) &&
    (filter.question === undefined || reply.question === filter.question) &&
    (filter.author === undefined ||
      (reply.author?.platform === filter.author.platform && reply.author.userId === filter.author.userId))
  );
}

/** No lock beyond this process's queue: the SQLite file has one process writing it. */
const unlocked: ReplyLock = (_id, fn) => fn();

/** What saving `input` over `existing` gives; `changed` is false when there is nothing to write. */
function merge(existing: Reply | undefined, input: ReplyInput, at: string): { reply: Reply; changed: boolean } {
  if (!existing) return { reply: { ...input, createdAt: input.createdAt ?? at, updatedAt: at, history: [] }, changed: true };
  if (sameContent(existing, input)) return { reply: existing, changed: false };
  const { role, text, option, consent, updatedAt } = existing;
  const reply: Reply = {
    ...existing,
    role: input.role,
    text: input.text,
    option: input.option,
    consent: input.consent,
    updatedAt: at,
    history: [...existing.history, { role, text, option, consent, updatedAt }],
  };
  return { reply, changed: true };
}

/**
 * `lock` guards one reply's read-modify-write among instances sharing the
 * store (Redis: a lease per reply id, see replyLock); the in-process queue
 * comes first, so this process's own saves of one id never contend for it.
 */
const oldestFirst = (a: Reply, b: Reply) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** What a store keeps beside the replies' table so that reads cost what they touch. */
export interface ReplyKeeping {
  index: ReplyIndex;
  counts: ReplyCounts;
}

export function createReplyRepository(table: KvTable<Reply>, lock: ReplyLock = unlocked, keeping?: ReplyKeeping): ReplyRepository {
  const index = keeping?.index;
  const counts = keeping?.counts;
  /** Only where the store does not count by itself: then a change needs what was there before. */
  const change = counts?.changed?.bind(counts);
  /** The replies an index names that still match `filter` (an index may name more). */
  const keyed = async (key: ReplyKey, filter: ReplyFilter): Promise<Reply[]> => {
    if (!index) return (await table.values()).filter((r) => matchesFilter(r, filter)).sort(oldestFirst);
    let ids: string[];
    try {
      ids = await index.ids(key);
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError('replies.index', e);
    }
    const found = await table.getMany([...new Set(ids)]);
    return found.filter((r): r is Reply => r !== undefined && matchesFilter(r, filter)).sort(oldestFirst);
  };
  const indexed = async (replies: Reply[]) => {
    if (!index || replies.length === 0) return;
    try {
      await index.add(replies);
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError('replies.index', e);
    }
  };
  /** Tells the counts what became of each reply (after the write, under its lock); `undefined` after: deleted. */
  const counted = async (changes: [Reply | undefined, Reply | undefined][]) => {
    if (!change) return;
    try {
      await Promise.all(changes.map(([before, after]) => change(before, after)));
    } catch (e) {
      throw e instanceof StoreError ? e : new StoreError('replies.counts', e);
    }
  };

  // Saves of one reply id run one after another in this process, so two quick
  // edits cannot both read the old version and drop one from the history. A
  // save of several ids waits for the work before it on each of them, and the
  // next save of any of them waits for it. A batch joins every queue in one
  // synchronous step, so each waits only for work that joined earlier: no cycle.
  const queues = new Map<string, Promise<unknown>>();
  const serialise = <R>(keys: string[], work: () => Promise<R>): Promise<R> => {
    // Other instances' locks are taken in sorted order, so two batches that
    // share ids cannot each hold one the other waits for.
    const sorted = [...keys].sort();
    const locked = sorted.reduceRight<() => Promise<R>>((inner, id) => () => lock(id, inner), work);
    // Only the work under way on these ids is waited for (most often none: a promise per id cost more than the wait).
    const before: Promise<unknown>[] = [];
    for (const key of keys) {
      const queued = queues.get(key);
      if (queued) before.push(queued);
    }
    const prev = before.length === 0 ? Promise.resolve() : before.length === 1 ? (before[0] as Promise<unknown>) : Promise.all(before);
    const next = prev.then(locked);
    const tail = next.catch(() => undefined);
    for (const key of keys) queues.set(key, tail);
    void tail.then(() => {
      for (const key of keys) if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  };

  const saveMany = (inputs: ReplyInput[], now: Date, remove: readonly string[] = []): Promise<Reply[]> => {
    const ids = inputs.map((i) => i.id);
    const all = [...ids, ...remove];
    if (new Set(all).size !== all.length) return Promise.reject(new Error('saveMany: the same reply id twice'));
    if (all.length === 0) return Promise.resolve([]);
    return serialise(all, async () => {
      const at = now.toISOString();
      // The replies to save and those to remove, in one read: a removal of what is not stored writes nothing.
      const found = await table.getMany(all);
      const existing = found.slice(0, ids.length);
      const removed = found.slice(ids.length).filter((r): r is Reply => r !== undefined);
      const merged = inputs.map((input, i) => merge(existing[i], input, at));
      // A malformed reply is a bug in the caller; refuse it (and the rest) before anything is stored.
      const replies = merged.map((m) => (m.changed ? replySchema.parse(m.reply) : m.reply));
      const changed = replies.filter((_, i) => merged[i]?.changed);
      await indexed(changed);
      const written = async () => {
        if (changed.length === 1 && changed[0]) await table.set(changed[0].id, changed[0]);
        else await table.setMany(changed.map((r) => ({ key: r.id, value: r })));
      };
      // The removals go to the store beside the write, so they can share its commit.
      await Promise.all([written(), ...removed.map((r) => table.delete(r.id))]);
      // Every reply, changed or not: counting is idempotent, so saving again repairs a count a failure left out.
      await counted([...replies.map((r, i): [Reply | undefined, Reply | undefined] => [existing[i], r]), ...removed.map((r): [Reply, undefined] => [r, undefined])]);
      return replies;
    });
  };

  return {
    get: (id) => table.get(id),
    delete: (id) =>
      serialise([id], async () => {
        const before = change ? await table.get(id) : undefined;
        const deleted = await table.delete(id);
        if (before) await counted([[before, undefined]]);
        return deleted;
      }),
    put: (reply) =>
      serialise([reply.id], async () => {
        const parsed = replySchema.parse(reply);
        await indexed([parsed]);
        const before = change ? await table.get(reply.id) : undefined;
        await table.set(reply.id, parsed);
        await counted([[before, parsed]]);
      }),
    saveMany,

    save: async (input, now) => {
      const [saved] = await saveMany([input], now);
      if (!saved) throw new Error('saveMany returned nothing for one reply');
      return saved;
    },

    async list(filter = {}) {
      if (filter.author) return keyed({ by: 'author', ...filter.author }, filter);
      if (filter.program !== undefined && filter.round !== undefined) {
        return keyed({ by: 'scope', program: filter.program, round: filter.round, network: filter.network }, filter);
      }
      return (await table.values()).filter((r) => matchesFilter(r, filter)).sort(oldestFirst);
    },
    listByScope: (scope) => keyed({ by: 'scope', ...scope }, scope),
    listByAuthor: (author) => keyed({ by: 'author', ...author }, { author }),
    async countByScope(scope, networks) {
      if (!counts) return countReplies(await keyed({ by: 'scope', ...scope }, scope), networks);
      try {
        return await counts.of(scope.program, scope.round, networks);
      } catch (e) {
        throw e instanceof StoreError ? e : new StoreError('replies.counts', e);
      }
    },
  };
}
