import { type Reply, type ReplyInput, replySchema } from '../replies/reply';
import type { KvTable } from './kv-table';
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
  /** Writes `reply` exactly as given: for undoing a half-done import. */
  put(reply: Reply): Promise<void>;
  delete(id: string): Promise<boolean>;
  list(filter?: ReplyFilter): Promise<Reply[]>;
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

/**
 * `lock` guards one reply's read-modify-write among instances sharing the
 * store (Redis: a lease per reply id, see replyLock); the in-process queue
 * comes first, so this process's own saves of one id never contend for it.
 */
export function createReplyRepository(table: KvTable<Reply>, lock: ReplyLock = unlocked): ReplyRepository {
  // Saves of one reply id run one after another in this process, so two quick
  // edits cannot both read the old version and drop one from the history.
  const queues = new Map<string, Promise<unknown>>();
  const serialise = <R>(key: string, work: () => Promise<R>): Promise<R> => {
    const fn = () => lock(key, work);
    const prev = queues.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  };

  return {
    get: (id) => table.get(id),
    delete: (id) => table.delete(id),
    put: (reply) => serialise(reply.id, () => table.set(reply.id, replySchema.parse(reply))),

    save: (input, now) =>
      serialise(input.id, async () => {
        const at = now.toISOString();
        const existing = await table.get(input.id);
        let reply: Reply;
        if (!existing) {
          reply = { ...input, createdAt: input.createdAt ?? at, updatedAt: at, history: [] };
        } else if (sameContent(existing, input)) {
          return existing;
        } else {
          const { role, text, option, consent, updatedAt } = existing;
          reply = {
            ...existing,
            role: input.role,
            text: input.text,
            option: input.option,
            consent: input.consent,
            updatedAt: at,
            history: [...existing.history, { role, text, option, consent, updatedAt }],
          };
        }
        // A malformed reply is a bug in the caller; refuse it before it is stored.
        const checked = replySchema.parse(reply);
        await table.set(checked.id, checked);
        return checked;
      }),

    async list(filter = {}) {
      const all = await table.values();
      return all
        .filter((r) => matchesFilter(r, filter))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
  };
}
