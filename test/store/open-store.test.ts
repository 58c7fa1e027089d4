import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

/** This process's open files that are `path` itself (not its -wal or -shm). */
const handlesOn = (path: string) =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false;
    }
  }).length;

const linux = existsSync('/proc/self/fd') ? it : it.skip;

describe('openStore on SQLite', () => {
  linux("opens the file once for all its tables (a writer and a reader), and closes it with the store", async () => {
    const path = join(dir.path, 'one.sqlite');
    const store = await openStore(`sqlite://${path}`);
    try {
      await store.replies.save(replyInput(), new Date('2026-11-23T09:00:00Z'));
      await store.contacts.set({ platform: 'slack', userId: 'U1', updatedAt: '2026-11-23T09:00:00Z' });
      await store.links.get('p', 'n');
      expect(handlesOn(path)).toBe(2);
    } finally {
      await store.close();
    }
    expect(handlesOn(path)).toBe(0);
  });
});
