import { createClient } from '@keyv/redis';
import { StoreError } from '../../src/errors';
import { openStore, type Store } from '../../src/store/open-store';
import { replyLeaseName } from '../../src/store/reply-lock';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';

/**
 * Two instances of the bot on one Redis server, as two Store objects on the
 * same URL: each has its own connections and its own in-process queue, so
 * only the shared lock keeps their saves of one reply from overlapping.
 */
const available = redisServerAvailable();
const describeRedis = available ? describe : describe.skip;

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const at = (i: number) => new Date(T0 + i * 1000);

describeRedis('one reply saved by two instances at once (Redis)', () => {
  let redis: RedisServer;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis.stop());
  beforeEach(async () => {
    a = await openStore(redis.url);
    b = await openStore(redis.url);
    for (const r of await a.replies.list()) await a.replies.delete(r.id);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps every version: 2 × 50 different texts, none lost from the history', async () => {
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      saves.push(a.replies.save(replyInput({ text: `a${i}` }), at(2 * i)));
      saves.push(b.replies.save(replyInput({ text: `b${i}` }), at(2 * i + 1)));
    }
    await Promise.all(saves);
    const reply = await a.replies.get('r-1');
    const versions = [...(reply?.history.map((h) => h.text) ?? []), reply?.text];
    expect(versions).toHaveLength(100);
    expect(new Set(versions).size).toBe(100);
    // Each instance's own saves are in the order it made them.
    expect(versions.filter((t) => t?.startsWith('a'))).toEqual(Array.from({ length: 50 }, (_, i) => `a${i}`));
    expect(versions.filter((t) => t?.startsWith('b'))).toEqual(Array.from({ length: 50 }, (_, i) => `b${i}`));
  });

  it('alternating texts: the history holds exactly the saves that changed something', async () => {
    const texts = ['Samverkan', 'Avlösning'];
    const saves: Promise<{ changed: boolean }>[] = [];
    for (let i = 0; i < 50; i++) {
      for (const [n, store] of [a, b].entries()) {
        const now = at(2 * i + n);
        const text = texts[(i + n) % 2] ?? '';
        saves.push(store.replies.save(replyInput({ text }), now).then((r) => ({ changed: r.updatedAt === now.toISOString() })));
      }
    }
    const results = await Promise.all(saves);
    const changed = results.filter((r) => r.changed).length;
    const reply = await b.replies.get('r-1');
    expect(changed).toBeGreaterThan(1);
    expect(reply?.history.length).toBe(changed - 1);
    // An unchanged save is a no-op, so no two consecutive versions are the same.
    const versions = [...(reply?.history.map((h) => h.text) ?? []), reply?.text];
    for (let i = 1; i < versions.length; i++) expect(versions[i]).not.toBe(versions[i - 1]);
  });

  it('gives up with a StoreError when another instance holds the reply too long, and saves once it is free', async () => {
    await a.replies.save(replyInput({ text: 'första' }), at(0));
    const token = await b.leases.acquire(replyLeaseName('r-1'), 60_000);
    expect(token).not.toBeNull();
    const started = Date.now();
    const failed = a.replies.save(replyInput({ text: 'andra' }), at(1));
    await expect(failed).rejects.toBeInstanceOf(StoreError);
    const waited = Date.now() - started;
    // It waited for the other instance (1.5 s of back-offs, counted) before giving up. How soon it
    // answers under load is measured by the reliability suite (Slack's 3 s), not timed here.
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect((await a.replies.get('r-1'))?.text).toBe('första');

    await b.leases.release(replyLeaseName('r-1'), token ?? '');
    const saved = await a.replies.save(replyInput({ text: 'andra' }), at(2));
    expect(saved.history.map((h) => h.text)).toEqual(['första']);
  });

  it("deletes a person's replies from a full server (maxmemory reached, no eviction), which refuses a new one", async () => {
    await a.replies.save(replyInput({ id: 'r-1', text: 'mitt svar' }), at(0));
    const admin = createClient({ url: redis.url });
    await admin.connect();
    await admin.configSet({ maxmemory: '1', 'maxmemory-policy': 'noeviction' });
    try {
      await expect(a.replies.save(replyInput({ id: 'r-2', text: 'ett till' }), at(1))).rejects.toBeInstanceOf(StoreError);
      expect(await b.replies.delete('r-1')).toBe(true);
      expect(await a.replies.get('r-1')).toBeUndefined();
    } finally {
      await admin.configSet({ maxmemory: '0' });
      await admin.quit();
    }
  });
});
