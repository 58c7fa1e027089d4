import type { PlanActionKind } from '../plan/plan-program';
import type { KvTable } from './kv-table';
import { byProgram, type ProgramIndex } from './program-index';

/**
 * What the bot did about one planned action. It is written as `pending` before
 * the send and updated after, so a crash in between is visible on restart.
 */
export interface LedgerEntry {
  program: string;
  round: number;
  network: string | null;
  /** A planned action, the daily retention purge (round 0, slot YYYYMMDD), or a compilation sent from the workbench (slot: its version). */
  action: PlanActionKind | 'purge' | 'publish';
  /** Which of several actions of the same kind (the 2nd reminder is slot 1). */
  slot: number;
  status: 'pending' | 'sent' | 'failed' | 'dropped';
  /** What the platform returned, e.g. a message ts or activity id, for checking before a re-send. */
  receipt?: string;
  detail?: string;
  /**
   * For private messages to several people: person entry → receipt id of
   * each one already reached, written after every send, so a retry after a
   * partial failure or a crash tells only the rest (on any platform).
   */
  reached?: Record<string, string>;
  /** How many sends were tried; failures wait longer each time. */
  attempts?: number;
  updatedAt: string;
}

export type LedgerKey = Pick<LedgerEntry, 'program' | 'round' | 'network' | 'action' | 'slot'>;

export function ledgerKey(k: LedgerKey): string {
  return [k.program, k.round, k.network ?? '*', k.action, k.slot].join('/');
}

export interface LedgerRepository {
  get(key: LedgerKey): Promise<LedgerEntry | undefined>;
  set(entry: LedgerEntry): Promise<void>;
  delete(key: LedgerKey): Promise<boolean>;
  list(program: string): Promise<LedgerEntry[]>;
}

/** `index` finds a program's entries by key (see ProgramIndex); without one, `list` reads the whole table. */
export function createLedgerRepository(table: KvTable<LedgerEntry>, index?: ProgramIndex): LedgerRepository {
  const keyed = byProgram(table, 'ledger', index);
  return {
    get: (key) => table.get(ledgerKey(key)),
    set: (entry) => keyed.set(ledgerKey(entry), entry),
    delete: (key) => table.delete(ledgerKey(key)),
    list: keyed.list,
  };
}
