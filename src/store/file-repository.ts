import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../errors';
import type { KvTable } from './kv-table';
import type { LeaseRepository } from './lease-repository';

/** A compilation's Word file, kept for as long as its download link works. */
export interface StoredFile {
  /** The link's random id. */
  id: string;
  fileName: string;
  /** The .docx bytes in base64: the store holds JSON. */
  docx: string;
  /** Epoch ms by the bot's clock; the file goes when its link expires. */
  expiresAt: number;
}

/** The key download links are signed with: one per store, so every instance on it agrees. */
interface SigningSecret {
  secret: string;
}

export type FileRecord = StoredFile | SigningSecret;

export interface FileRepository {
  /** The file, unless it is missing or expired at `now`; an expired one is deleted as it is read. */
  get(id: string, now: Date): Promise<StoredFile | undefined>;
  /** Keeps a file until its `expiresAt`. */
  set(file: StoredFile, now: Date): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** Deletes the files expired at `now`, then the oldest beyond the `keep` newest; returns how many went. */
  sweep(now: Date, keep: number): Promise<number>;
  /** The stored signing secret, if one was made. */
  signingSecret(): Promise<string | undefined>;
  /**
   * The stored signing secret; when there is none, stores `make()` first.
   * Set-if-absent across instances: every caller on the store gets the same one.
   */
  ensureSigningSecret(make: () => string): Promise<string>;
}

const SECRET_KEY = 'signing-secret';
const fileKey = (id: string) => `file:${id}`;
const SECRET_LEASE = 'files:signing-secret';
const SECRET_LEASE_MS = 10_000;

function isFile(record: FileRecord | undefined): record is StoredFile {
  return record !== undefined && 'docx' in record && typeof record.expiresAt === 'number';
}

/**
 * Files in their own table, with an expiry twice over: `expiresAt` by the
 * bot's clock, checked on every read and by `sweep`, decides; the table's
 * ttl (wall time, the same length) lets Redis drop a file by itself and
 * SQLite drop it when it is next read or listed, so a file nobody asks for
 * again does not stay behind. The signing secret shares the table; it has
 * no expiry.
 */
export function createFileRepository(table: KvTable<FileRecord>, leases: LeaseRepository): FileRepository {
  const readSecret = async () => {
    const record = await table.get(SECRET_KEY);
    return record && 'secret' in record && typeof record.secret === 'string' ? record.secret : undefined;
  };
  return {
    async get(id, now) {
      const record = await table.get(fileKey(id));
      if (!isFile(record) || record.id !== id) return undefined;
      if (record.expiresAt <= now.getTime()) {
        await table.delete(fileKey(id));
        return undefined;
      }
      return record;
    },
    set: (file, now) => table.set(fileKey(file.id), file, Math.max(1, file.expiresAt - now.getTime())),
    delete: (id) => table.delete(fileKey(id)),
    async sweep(now, keep) {
      const files = (await table.values()).filter(isFile).sort((a, b) => b.expiresAt - a.expiresAt);
      const doomed = files.filter((f, i) => f.expiresAt <= now.getTime() || i >= keep);
      for (const file of doomed) await table.delete(fileKey(file.id));
      return doomed.length;
    },
    signingSecret: readSecret,
    async ensureSigningSecret(make) {
      // keyv has no set-if-absent, so a lease (SET NX in Redis, in memory on
      // SQLite) lets one maker at a time look and write; the others wait and
      // read what it wrote. Without it, two instances starting together could
      // each store their own and the later write would void the earlier's links.
      for (let attempt = 0; attempt < 100; attempt++) {
        const found = await readSecret();
        if (found) return found;
        const token = await leases.acquire(SECRET_LEASE, SECRET_LEASE_MS);
        if (token === null) {
          await sleep(50);
          continue;
        }
        try {
          const again = await readSecret();
          if (again) return again;
          const secret = make();
          // The fence: a maker paused past its lease writes nothing and looks again.
          if (!(await leases.holds(SECRET_LEASE, token))) continue;
          await table.set(SECRET_KEY, { secret });
          return (await readSecret()) ?? secret;
        } finally {
          await leases.release(SECRET_LEASE, token).catch(() => undefined);
        }
      }
      throw new StoreError('files.secret', 'another instance kept the signing secret locked');
    },
  };
}
