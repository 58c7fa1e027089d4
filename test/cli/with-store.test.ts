import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io';
import { withStore } from '../../src/cli/with-store';
import { StoreUrlError } from '../../src/errors';
import { replyInput } from '../helpers/reply-input';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { replyLine } from './helpers/reply-line';

const dir = tempDir();
afterAll(() => dir.remove());

const io = (env: NodeJS.ProcessEnv, cwd = dir.path): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  cwd,
  env,
  now: () => new Date('2026-11-23T09:00:00.000Z'),
  locale: 'en',
});

describe('withStore', () => {
  it('opens the store STORE_URL names, gives back what the function returns, and closes it', async () => {
    const env = { STORE_URL: `sqlite://${join(dir.path, 'named.sqlite')}` };
    const at = new Date('2026-11-20T10:00:00Z');
    await withStore(io(env), (store) => store.replies.save(replyInput({ id: 'x1' }), at));
    const ids = await withStore(io(env), async (store) => (await store.replies.list({})).map((r) => r.id));
    expect(ids).toEqual(['x1']);
  });

  it('closes the store when the function throws, and passes the error on', async () => {
    const env = { STORE_URL: `sqlite://${join(dir.path, 'throws.sqlite')}` };
    let opened: { close(): Promise<void> } | undefined;
    const boom = new Error('boom');
    await expect(
      withStore(io(env), async (store) => {
        opened = store;
        throw boom;
      }),
    ).rejects.toBe(boom);
    // A closed SQLite store refuses work; an open one would answer.
    await expect((opened as unknown as { replies: { list(q: object): Promise<unknown> } }).replies.list({})).rejects.toThrow();
  });

  it('opens the default SQLite file under the working directory when STORE_URL is unset or empty', async () => {
    const cwd = tempDir();
    try {
      await withStore(io({ STORE_URL: '' }, cwd.path), async () => undefined);
      expect(existsSync(join(cwd.path, 'data', 'lnb.sqlite'))).toBe(true);
    } finally {
      cwd.remove();
    }
  });

  it('refuses a STORE_URL it does not understand before calling the function', async () => {
    let called = false;
    await expect(
      withStore(io({ STORE_URL: 'mysql://x' }), async () => {
        called = true;
      }),
    ).rejects.toBeInstanceOf(StoreUrlError);
    expect(called).toBe(false);
  });
});

describe('a command on a store that fails', () => {
  it('exits 1 with a clear message when the store does not answer', async () => {
    const file = join(dir.path, 'ok.jsonl');
    writeFileSync(file, `${replyLine()}\n`);
    const r = await runCliCaptured(['import', file, '--lang', 'en'], { cwd: dir.path, env: { STORE_URL: 'redis://127.0.0.1:1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The store is not answering: store /);
  });

  it('exits 2 for a STORE_URL it does not understand', async () => {
    const r = await runCliCaptured(['export', '--lang', 'en'], { cwd: dir.path, env: { STORE_URL: 'mysql://x' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('STORE_URL: "mysql://x" is not supported');
  });
});
