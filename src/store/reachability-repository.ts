import type { KvTable } from './kv-table';

/**
 * A network's channel that its platform refused for good (archived, the bot
 * removed, not found), kept in the store so every instance on it sees the
 * same: `status` asked on any of them says so. Cleared by the next post that
 * gets through, or a new link.
 */
export interface ChannelRefusal {
  program: string;
  network: string;
  platform: 'slack' | 'teams' | 'local';
  /** What the platform said, as it said it (`is_archived`, `403 BotNotInConversationRoster …`). */
  detail: string;
  at: string;
}

export interface ReachabilityRepository {
  /** The refusal standing for this network, if its last post was refused. */
  get(program: string, network: string): Promise<ChannelRefusal | undefined>;
  refused(refusal: ChannelRefusal): Promise<void>;
  /** The channel took a post (or was linked anew): whatever was refused before no longer stands. */
  reached(program: string, network: string): Promise<void>;
}

const keyOf = (program: string, network: string) => `${program}/${network}`;

/** Read and written by key only (program and network): never the whole table. */
export function createReachabilityRepository(table: KvTable<ChannelRefusal>): ReachabilityRepository {
  return {
    get: (program, network) => table.get(keyOf(program, network)),
    refused: (refusal) => table.set(keyOf(refusal.program, refusal.network), refusal),
    reached: async (program, network) => void (await table.delete(keyOf(program, network))),
  };
}
