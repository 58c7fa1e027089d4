import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BotContext } from '../../src/core/bot-context';
import type { Ports } from '../../src/core/port';
import { LocalPort } from '../../src/local/local-port';
import { createLogger, type Logger } from '../../src/logger';
import { parseProgram } from '../../src/program/load-program';
import type { Program } from '../../src/program/schema';
import { openStore, type Store } from '../../src/store/open-store';
import { FakeClock } from './fake-clock';
import { forEachTest } from './for-each';
import { tempDir } from './temp-dir';

export const EXAMPLE_PROGRAM_FILE = join(__dirname, '../../examples/program.sv.yaml');

export function exampleProgram(): Program {
  return parseProgram(readFileSync(EXAMPLE_PROGRAM_FILE, 'utf8'), EXAMPLE_PROGRAM_FILE);
}

export interface TestContext {
  ctx: BotContext;
  clock: FakeClock;
  local: LocalPort;
  store: Store;
  close(): Promise<void>;
}

/**
 * The rules' context over a real SQLite file in a temp dir, with the local platform as the port.
 * `storeUrl` opens that store instead (a Redis server several contexts share, as instances would).
 */
export async function openTestContext(opts: { program?: Program; now?: string; ports?: Ports; storeUrl?: string; log?: Logger } = {}): Promise<TestContext> {
  const dir = tempDir();
  const clock = new FakeClock(opts.now ?? '2026-11-23T10:00:00Z');
  const store = await openStore(opts.storeUrl ?? `sqlite://${join(dir.path, 'lnb.sqlite')}`, dir.path, clock);
  const local = new LocalPort();
  const ctx: BotContext = {
    program: opts.program ?? exampleProgram(),
    store,
    clock,
    log: opts.log ?? createLogger('silent'),
    ports: { local, ...opts.ports },
  };
  return {
    ctx,
    clock,
    local,
    store,
    async close() {
      await store.close();
      dir.remove();
    },
  };
}

/** For the tests of one file or describe block: a fresh context (openTestContext) before each test, closed after it. */
export function testContextForEach(opts: Parameters<typeof openTestContext>[0] = {}): TestContext {
  return forEachTest(() => openTestContext(opts), (t) => t.close());
}
