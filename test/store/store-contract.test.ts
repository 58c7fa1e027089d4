import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { StoreError } from '../../src/errors';
import { sqliteChannelQueries } from '../../src/store/link-repository';
import { openStore } from '../../src/store/open-store';
import { sqliteProgramQueries } from '../../src/store/program-index';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const T0 = new Date('2026-11-23T09:00:00.000Z');

// What each repository keeps is tested in its own file (reply-repository.test.ts, link-repository.test.ts, …).
const dir = tempDir();
afterAll(() => dir.remove());

describe('ledger and links by program on SQLite', () => {
  it('search by index, never scanning the table', async () => {
    const file = join(dir.path, 'program-plan.sqlite');
    const store = await openStore(`sqlite://${file}`);
    try {
      for (const table of ['lnb_ledger', 'lnb_links']) {
        const db = new KeyvSqlite({ uri: `sqlite://${file}`, table, busyTimeout: 10_000 });
        try {
          const plan = (await db.query(`EXPLAIN QUERY PLAN ${sqliteProgramQueries(table).byProgram}`, 'p')) as { detail: string }[];
          expect(plan.map((p) => p.detail).join(' ')).toMatch(new RegExp(`^SEARCH ${table} USING INDEX ${table}_by_program`));
        } finally {
          await db.disconnect();
        }
      }
    } finally {
      await store.close();
    }
  });
});

describe("a channel's links on SQLite", () => {
  it('search by index, never scanning the table', async () => {
    const file = join(dir.path, 'channel-plan.sqlite');
    const store = await openStore(`sqlite://${file}`);
    const db = new KeyvSqlite({ uri: `sqlite://${file}`, table: 'lnb_links', busyTimeout: 10_000 });
    try {
      const plan = (await db.query(`EXPLAIN QUERY PLAN ${sqliteChannelQueries('lnb_links').byChannel}`, 'p', 'C1')) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/^SEARCH lnb_links USING INDEX lnb_links_by_channel \(<expr>=\? AND <expr>=\?\)/);
    } finally {
      await db.disconnect();
      await store.close();
    }
  });
});

describe('store failures', () => {
  it('creates the SQLite file and its folder on first open', async () => {
    const path = join(dir.path, 'nested', 'deeper', 'lnb.sqlite');
    const store = await openStore(`sqlite://${path}`);
    await store.replies.save(replyInput(), T0);
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('resolves a relative sqlite:// path against the working directory', async () => {
    const store = await openStore('sqlite://rel/lnb.sqlite', dir.path);
    expect(store.location).toEqual({ kind: 'sqlite', path: join(dir.path, 'rel', 'lnb.sqlite') });
    await store.close();
  });

  it('reports an unreachable Redis server as a StoreError', async () => {
    await expect(openStore('redis://127.0.0.1:1')).rejects.toBeInstanceOf(StoreError);
  });

  it('reports an unusable SQLite path as a StoreError', async () => {
    // A folder that is a file cannot hold the database.
    writeFileSync(join(dir.path, 'a-file'), 'x');
    await expect(openStore(`sqlite://${join(dir.path, 'a-file', 'lnb.sqlite')}`)).rejects.toBeInstanceOf(StoreError);
    // A database path that is a folder cannot be opened either.
    await expect(openStore(`sqlite://${dir.path}`)).rejects.toBeInstanceOf(StoreError);
  });

  it('refuses an unknown STORE_URL scheme', async () => {
    await expect(openStore('postgres://localhost/lnb')).rejects.toMatchObject({ code: 'lnb_store_url_invalid' });
  });
});
