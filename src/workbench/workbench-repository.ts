import { setTimeout as sleep } from 'node:timers/promises';
import type { Compilation } from '../compile/types';
import type { Platform } from '../core/person';
import { StoreError } from '../errors';
import type { Locale } from '../i18n/translate';
import type { KvTable } from '../store/kv-table';
import type { LeaseRepository } from '../store/lease-repository';
import type { EditEntry } from './edit';

/** What a workbench page is for: one program's round, the whole of it or one network's part (a leader's). */
export interface WorkbenchScope {
  program: string;
  round: number;
  network?: string;
}

export const scopeKey = (s: WorkbenchScope) => `${s.program}/${s.round}/${s.network ?? '*'}`;

/** A signed-in page: whose, for what, and the token every write must carry. */
export interface WorkbenchSession extends WorkbenchScope {
  id: string;
  platform: Platform;
  userId: string;
  locale: Locale;
  csrf: string;
  /** Epoch ms by the bot's clock. */
  expiresAt: number;
}

/** The machine's draft the edits apply to, made once when editing began. */
export interface WorkbenchBase {
  compilation: Compilation;
  createdAt: string;
}

export interface WorkbenchRepository {
  /** Records a link as used; true only the first time, on any instance. */
  useLink(id: string, expiresAt: number, now: Date): Promise<boolean>;
  getSession(id: string, now: Date): Promise<WorkbenchSession | undefined>;
  setSession(session: WorkbenchSession, now: Date): Promise<void>;
  deleteSession(id: string): Promise<void>;
  getBase(scope: WorkbenchScope): Promise<WorkbenchBase | undefined>;
  /** The stored draft; when there is none, stores `make()`'s first (one maker at a time across instances). */
  ensureBase(scope: WorkbenchScope, make: () => Promise<WorkbenchBase>): Promise<WorkbenchBase>;
  log(scope: WorkbenchScope): Promise<EditEntry[]>;
  /**
   * Appends what `next` makes of the log as it is (or nothing, when it
   * returns undefined) and returns the new log. One writer at a time per
   * scope across instances, so two coordinators' edits are both kept.
   */
  append(scope: WorkbenchScope, next: (log: EditEntry[]) => Omit<EditEntry, 'seq'> | undefined): Promise<EditEntry[]>;
  /** Starts over from a new draft: the log goes (the caller has said so to the person). */
  replaceBase(scope: WorkbenchScope, base: WorkbenchBase): Promise<void>;
}

const LOCK_MS = 10_000;

/**
 * The workbench's records in their own table of the store (SQLite or Redis),
 * so a link, a session and the edits work through any instance and after a
 * restart. Writes to a scope's log go through a lease (SET NX on Redis), the
 * fence checked right before the write.
 */
export function createWorkbenchRepository(table: KvTable<unknown>, leases: LeaseRepository): WorkbenchRepository {
  async function locked<R>(name: string, fn: (fence: () => Promise<boolean>) => Promise<R>): Promise<R> {
    for (let attempt = 0; attempt < 400; attempt++) {
      const token = await leases.acquire(`workbench:${name}`, LOCK_MS);
      if (token === null) {
        await sleep(25);
        continue;
      }
      try {
        return await fn(() => leases.holds(`workbench:${name}`, token));
      } finally {
        await leases.release(`workbench:${name}`, token).catch(() => undefined);
      }
    }
    throw new StoreError('workbench.lock', 'another instance kept the workbench locked');
  }
  const readLog = async (scope: WorkbenchScope) => ((await table.get(`log:${scopeKey(scope)}`)) as EditEntry[] | undefined) ?? [];
  return {
    useLink: (id, expiresAt, now) =>
      locked(`link:${id}`, async () => {
        if ((await table.get(`link:${id}`)) !== undefined) return false;
        await table.set(`link:${id}`, { usedAt: now.toISOString() }, Math.max(1, expiresAt - now.getTime()));
        return true;
      }),
    async getSession(id, now) {
      const s = (await table.get(`session:${id}`)) as WorkbenchSession | undefined;
      if (!s || s.id !== id) return undefined;
      if (s.expiresAt <= now.getTime()) {
        await table.delete(`session:${id}`);
        return undefined;
      }
      return s;
    },
    setSession: (s, now) => table.set(`session:${s.id}`, s, Math.max(1, s.expiresAt - now.getTime())),
    async deleteSession(id) {
      await table.delete(`session:${id}`);
    },
    getBase: async (scope) => (await table.get(`base:${scopeKey(scope)}`)) as WorkbenchBase | undefined,
    ensureBase: (scope, make) =>
      locked(`base:${scopeKey(scope)}`, async () => {
        const found = (await table.get(`base:${scopeKey(scope)}`)) as WorkbenchBase | undefined;
        if (found) return found;
        const base = await make();
        await table.set(`base:${scopeKey(scope)}`, base);
        return base;
      }),
    log: readLog,
    append: (scope, next) =>
      locked(`log:${scopeKey(scope)}`, async (fence) => {
        const log = await readLog(scope);
        const entry = next(log);
        if (!entry) return log;
        const out = [...log, { ...entry, seq: (log.at(-1)?.seq ?? 0) + 1 }];
        if (!(await fence())) throw new StoreError('workbench.append', 'the lock lapsed before the write');
        await table.set(`log:${scopeKey(scope)}`, out);
        return out;
      }),
    replaceBase: (scope, base) =>
      locked(`log:${scopeKey(scope)}`, async () => {
        await table.set(`base:${scopeKey(scope)}`, base);
        await table.delete(`log:${scopeKey(scope)}`);
      }),
  };
}
