import { join } from 'node:path';
import type { Reply } from '../../src/replies/reply';
import { redisReplyIndex, sqliteReplyIndex, sqliteReplyQueries } from '../../src/store/reply-index';
import { SqliteAdapter } from '../../src/store/sqlite-adapter';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { queryPlans } from '../helpers/query-plan';
import { redisClientForSuite, redisServerAvailable } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const dir = tempDir();
afterAll(() => dir.remove());

const reply = (overrides: Parameters<typeof replyInput>[0]): Reply => ({
  ...replyInput(overrides),
  createdAt: T0.toISOString(),
  updatedAt: T0.toISOString(),
  history: [],
});

const me = { platform: 'slack' as const, userId: 'U0ME' };
const replies = [
  reply({ id: 'a', round: 1, network: 'eskilstuna', author: me }),
  reply({ id: 'b', round: 2, network: 'eskilstuna', author: me }),
  reply({ id: 'c', round: 2, network: 'katrineholm', author: { platform: 'teams', userId: 'U0ME' } }),
  reply({ id: 'd', program: 'annat', round: 2, network: 'katrineholm', author: null }),
];

describe('keyed reads on SQLite', () => {
  it('search the replies by index, never scanning the table', async () => {
    const sql = sqliteReplyQueries('lnb_replies');
    const plans = await queryPlans(join(dir.path, 'plan.sqlite'), 'lnb_replies', [
      [sql.byAuthor, ['U0', 'slack']],
      [sql.byRound, ['p', 1]],
      [sql.byNetwork, ['p', 1, 'n']],
    ]);
    expect(plans).toHaveLength(3);
    for (const plan of plans) expect(plan).toMatch(/^SEARCH lnb_replies USING INDEX lnb_replies_by_(author|scope)/);
  });

  it('find the ids of a round, a network of it and an author from the stored JSON', async () => {
    const connection = new SqliteConnection(join(dir.path, 'ids.sqlite'), 1_000);
    const adapter = new SqliteAdapter(connection, 'lnb_replies', 100);
    try {
      // As keyv stores them: under replies:<id>, the value wrapped in { value }.
      for (const r of replies) await adapter.set(`replies:${r.id}`, JSON.stringify({ value: r }));
      const index = await sqliteReplyIndex(adapter, 'lnb_replies');
      expect((await index.ids({ by: 'scope', program: 'anhorigstod-2027', round: 2 })).sort()).toEqual(['b', 'c']);
      expect(await index.ids({ by: 'scope', program: 'anhorigstod-2027', round: 2, network: 'katrineholm' })).toEqual(['c']);
      expect((await index.ids({ by: 'author', platform: 'slack', userId: 'U0ME' })).sort()).toEqual(['a', 'b']);
      expect(await index.ids({ by: 'author', platform: 'teams', userId: 'U0ME' })).toEqual(['c']);
      expect(await index.ids({ by: 'scope', program: 'none', round: 1 })).toEqual([]);
    } finally {
      await adapter.disconnect();
    }
  });
});

const describeRedis = redisServerAvailable() ? describe : describe.skip;
describeRedis('reply index on Redis', () => {
  const client = redisClientForSuite();

  it('finds the ids added by round, network and author, each once, apart for the same user id on another platform', async () => {
    const index = redisReplyIndex(client());
    await index.add(replies);
    await index.add([replies[0] as Reply]);
    expect((await index.ids({ by: 'scope', program: 'anhorigstod-2027', round: 2 })).sort()).toEqual(['b', 'c']);
    expect(await index.ids({ by: 'scope', program: 'anhorigstod-2027', round: 1, network: 'eskilstuna' })).toEqual(['a']);
    expect((await index.ids({ by: 'author', platform: 'slack', userId: 'U0ME' })).sort()).toEqual(['a', 'b']);
    expect(await index.ids({ by: 'author', platform: 'teams', userId: 'U0ME' })).toEqual(['c']);
    expect(await index.ids({ by: 'scope', program: 'annat', round: 2, network: 'katrineholm' })).toEqual(['d']);
  });

  it('keeps ids whose parts would run together apart', async () => {
    // Joined with a plain separator, program 'p' round 12 and program 'p1' round 2 could share a set.
    const index = redisReplyIndex(client());
    await index.add([reply({ id: 'x', program: 'p', round: 12 }), reply({ id: 'y', program: 'p1', round: 2 })]);
    expect(await index.ids({ by: 'scope', program: 'p', round: 12 })).toEqual(['x']);
    expect(await index.ids({ by: 'scope', program: 'p1', round: 2 })).toEqual(['y']);
  });

  it('is filled from the stored replies once per server', async () => {
    let reads = 0;
    const all = async () => {
      reads++;
      return replies;
    };
    await redisReplyIndex(client()).backfill(all);
    await redisReplyIndex(client()).backfill(all);
    expect(reads).toBe(1);
    expect((await redisReplyIndex(client()).ids({ by: 'author', platform: 'slack', userId: 'U0ME' })).sort()).toEqual(['a', 'b']);
  });
});
