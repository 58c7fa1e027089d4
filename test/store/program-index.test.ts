import { createClient } from '@keyv/redis';
import { openStore } from '../../src/store/open-store';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';

const T0 = '2026-11-23T09:00:00.000Z';
const entry = (program: string, network: string) => ({
  program,
  round: 1,
  network,
  action: 'post' as const,
  slot: 0,
  status: 'sent' as const,
  updatedAt: T0,
});
const link = (program: string, network: string) => ({ program, network, platform: 'slack' as const, channel: 'C1', linkedBy: null, linkedAt: T0 });

// SQLite's index is the database's own (see store-contract.test.ts: its query plan); Redis keeps sets by hand.
const describeRedis = redisServerAvailable() ? describe : describe.skip;
describeRedis('program index on Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());

  it('reads a program by its set, and fills the sets once from what was stored before them', async () => {
    const store = await openStore(redis.url);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      await store.ledger.set(entry('p', 'a'));
      await store.ledger.set(entry('q', 'a'));
      await store.links.set(link('p', 'a'));
      // As a store written before the index existed: the entries without their sets.
      const indexKeys = await client.keys('lnb:index:ledger:*');
      const linkKeys = await client.keys('lnb:index:links:*');
      await client.del([...indexKeys, ...linkKeys]);
      // The open store reads by the sets only, so it finds nothing now...
      expect(await store.ledger.list('p')).toEqual([]);
      expect(await store.links.list('p')).toEqual([]);
      // ...and a store opened after fills them from the tables.
      const reopened = await openStore(redis.url);
      try {
        expect(await reopened.ledger.list('p')).toEqual([entry('p', 'a')]);
        expect(await reopened.ledger.list('q')).toEqual([entry('q', 'a')]);
        expect(await reopened.links.list('p')).toEqual([link('p', 'a')]);
      } finally {
        await reopened.close();
      }
    } finally {
      await client.quit();
      await store.close();
    }
  });
});
