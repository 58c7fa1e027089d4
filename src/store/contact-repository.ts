import type { KvTable } from './kv-table';

/**
 * What the bot remembers about a person so it can write to them privately:
 * the platform's address data (a Teams conversation reference, a Slack DM
 * channel) and the language their client reported. Never reply text.
 */
export interface Contact {
  platform: 'slack' | 'teams' | 'local';
  userId: string;
  /** Opaque to the rules; the adapter that wrote it reads it back. */
  reference?: unknown;
  locale?: 'sv' | 'en';
  /** The role they chose last time, offered again in the next form. */
  role?: string;
  /** Networks whose form they opened in that network's channel: theirs to answer for from a personal chat too. */
  networks?: string[];
  updatedAt: string;
}

export interface ContactRepository {
  get(platform: Contact['platform'], userId: string): Promise<Contact | undefined>;
  set(contact: Contact): Promise<void>;
  delete(platform: Contact['platform'], userId: string): Promise<boolean>;
}

const keyOf = (platform: string, userId: string) => `${platform}/${userId}`;

export function createContactRepository(table: KvTable<Contact>): ContactRepository {
  return {
    get: (platform, userId) => table.get(keyOf(platform, userId)),
    set: (contact) => table.set(keyOf(contact.platform, contact.userId), contact),
    delete: (platform, userId) => table.delete(keyOf(platform, userId)),
  };
}
