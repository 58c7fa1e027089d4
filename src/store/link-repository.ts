import type { KvTable } from './kv-table';
import { byProgram, type ProgramIndex } from './program-index';

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

/** Where a network's link is stored. */
export const linkKey = (program: string, network: string) => `${program}/${network}`;

/** `index` finds a program's links by key (see ProgramIndex); without one, `list` reads the whole table. */
export function createLinkRepository(table: KvTable<ChannelLink>, index?: ProgramIndex): LinkRepository {
  const keyed = byProgram(table, 'links', index);
  return {
    get: (program, network) => table.get(linkKey(program, network)),
    set: (link) => keyed.set(linkKey(link.program, link.network), link),
    delete: (program, network) => table.delete(linkKey(program, network)),
    list: keyed.list,
  };
}
