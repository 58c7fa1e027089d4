import { openStore, type Store } from '../store/open-store';
import { DEFAULT_STORE_URL } from '../store/store-url';
import type { CliIo } from './cli-io';

/** Opens the store STORE_URL names (the default SQLite file otherwise) for one command. */
export async function withStore<R>(io: CliIo, fn: (store: Store) => Promise<R>): Promise<R> {
  const store = await openStore(io.env.STORE_URL || DEFAULT_STORE_URL, io.cwd, io);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
