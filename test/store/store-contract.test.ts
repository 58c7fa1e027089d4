import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../src/errors';
import { sqliteChannelQueries } from '../../src/store/link-repository';
import { openStore } from '../../src/store/open-store';
import { sqliteProgramQueries } from '../../src/store/program-index';
import { queryPlans } from '../helpers/query-plan';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const T0 = new Date('2026-11-23T09:00:00.000Z');

// What each repository keeps is tested in its own file (reply-repository.test.ts, link-repository.test.ts, …).
const dir = tempDir();
afterAll(() => dir.remove());

describe('ledger and links by program on SQLite', () => {
  it('search by index, never scanning the table', async () => {
    const file = join(dir.path, 'program-plan.sqlite');
    for (const table of ['lnb_ledger', 'lnb_links']) {
      const [plan] = await queryPlans(file, table, [[sqliteProgramQueries(table).byProgram, ['p']]]);
      expect(plan).toMatch(new RegExp(`^SEARCH ${table} USING INDEX ${table}_by_program`));
    }
  });
});

describe("a channel's links on SQLite", () => {
  it('search by index, never scanning the table', async () => {
    const [plan] = await queryPlans(join(dir.path, 'channel-plan.sqlite'), 'lnb_links', [[sqliteChannelQueries('lnb_links').byChannel, ['p', 'C1']]]);
    expect(plan).toMatch(/^SEARCH lnb_links USING INDEX lnb_links_by_channel \(<expr>=\? AND <expr>=\?\)/);
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
