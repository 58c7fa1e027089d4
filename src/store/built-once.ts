import type { RedisSets } from './reply-index';

/**
 * Fills a Redis index or count from what is stored, once per server: the
 * first store to open with it runs `build`, then marks `flag`; later opens
 * (any instance) skip it.
 */
export async function builtOnce(client: Pick<RedisSets, 'exists' | 'set'>, flag: string, build: () => Promise<void>): Promise<void> {
  if ((await client.exists(flag)) > 0) return;
  await build();
  await client.set(flag, '1');
}
