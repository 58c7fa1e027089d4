import type { KvTable } from './kv-table';

/** Where a network's messages go, when it was linked from the chat rather than the program file. */
export interface ChannelLink {
  program: string;
  network: string;
  platform: 'slack' | 'teams' | 'local';
  channel: string;
  /** The platform's own address data (a Teams conversation reference), opaque here. */
  reference?: unknown;
  linkedBy: string | null;
  linkedAt: string;
}

export interface LinkRepository {
  get(program: string, network: string): Promise<ChannelLink | undefined>;
  set(link: ChannelLink): Promise<void>;
  delete(program: string, network: string): Promise<boolean>;
  list(program: string): Promise<ChannelLink[]>;
}

const keyOf = (program: string, network: string) => `${program}/${network}`;

export function createLinkRepository(table: KvTable<ChannelLink>): LinkRepository {
  return {
    get: (program, network) => table.get(keyOf(program, network)),
    set: (link) => table.set(keyOf(link.program, link.network), link),
    delete: (program, network) => table.delete(keyOf(program, network)),
    list: async (program) => (await table.values()).filter((l) => l.program === program),
  };
}
