import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import type { BotContext } from '../../src/core/bot-context';
import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { ChannelPort, ChannelTarget, Receipt } from '../../src/core/port';
import { DeliveryError } from '../../src/errors';
import { LocalPort } from '../../src/local/local-port';
import { createLogger } from '../../src/logger';
import { runDue } from '../../src/schedule/run-due';
import { startScheduler } from '../../src/schedule/start-scheduler';
import { openStore, type Store } from '../../src/store/open-store';
import { eventually } from '../helpers/eventually';
import { FakeClock } from '../helpers/fake-clock';
import { GatedStore } from '../helpers/gated-store';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { tempDir } from '../helpers/temp-dir';
import { SCHEDULE_PROGRAM, scheduleProgram } from './schedule-program';

const program = scheduleProgram();
const MINUTE = 60_000;

/** One bot instance: its own store connection, clock and leases, sharing the platform. */
async function instance(url: string, platform: LocalPort, now: string, cwd: string) {
  const clock = new FakeClock(now);
  const store = await openStore(url, cwd, clock);
  const ctx: BotContext = { program, store, clock, log: createLogger('silent'), ports: { local: platform } };
  return { ctx, store, clock };
}

const postsTo = (platform: LocalPort, channel: string) => platform.sent(`channel:${channel}`);

let dir: ReturnType<typeof tempDir>;
let url: string;
const open: Store[] = [];
beforeEach(() => {
  dir = tempDir();
  url = `sqlite://${join(dir.path, 'lnb.sqlite')}`;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  dir.remove();
});

async function start(platform: LocalPort, now: string, storeUrl = url) {
  const i = await instance(storeUrl, platform, now, dir.path);
  open.push(i.store);
  return i;
}

/** Round 1 after its meeting: what was missed dropped, and network b's minutes in. */
async function minutesOfB() {
  const platform = new LocalPort();
  const i = await start(platform, '2026-04-03T06:00:00Z');
  await runDue(i.ctx); // drops what was missed
  await i.store.replies.save(
    { id: 'm1', program: 'sched', round: 1, network: 'b', question: 'q1', author: null, role: 'personal', kind: 'minutes', text: 'Vi talade om avlösning.', option: null, consent: false },
    i.clock.now(),
  );
  return { platform, ...i };
}

describe('runDue on SQLite', () => {
  it('posts the questions once to each linked channel, warns about the network without one, and records it all', async () => {
    const platform = new LocalPort();
    const { ctx, store, clock } = await start(platform, '2026-03-16T08:00:00Z');
    const first = await runDue(ctx);
    expect(first.sent).toEqual(['sched/1/*/warn/0']);
    expect(platform.sent('user:coord')[0]?.message.blocks[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Cedra (c)') });

    clock.set('2026-03-17T08:00:00Z');
    const second = await runDue(ctx);
    expect(second.sent).toEqual(['sched/1/a/post/0', 'sched/1/b/post/0']);
    // A network without a channel is a state, not a failed send to retry: nothing recorded, nothing logged as a failure.
    expect(second.failed).toEqual([]);
    expect(second.skipped).toEqual(['sched/1/c/post/0']);
    expect(await store.ledger.get({ program: 'sched', round: 1, network: 'c', action: 'post', slot: 0 })).toBeUndefined();
    expect(postsTo(platform, 'ch-a')).toHaveLength(1);
    expect(postsTo(platform, 'ch-a')[0]?.message.actions.map((a) => a.id)).toEqual(['answer', 'minutes']);
    expect(await store.ledger.get({ program: 'sched', round: 1, network: 'a', action: 'post', slot: 0 })).toMatchObject({
      status: 'sent',
      receipt: 'local-2',
    });

    // A restart (a new instance on the same file) sends nothing again.
    const again = await start(platform, '2026-03-17T08:01:00Z');
    expect((await runDue(again.ctx)).sent).toEqual([]);
    expect(postsTo(platform, 'ch-a')).toHaveLength(1);
  });

  it('posts to a network once the coordinator links its channel, if still before the meeting', async () => {
    const platform = new LocalPort();
    const { ctx, store, clock } = await start(platform, '2026-03-17T08:00:00Z');
    await runDue(ctx);
    await store.links.set({ program: 'sched', network: 'c', platform: 'local', channel: 'ch-c', linkedBy: 'local:coord', linkedAt: '' });
    clock.advance(5 * MINUTE);
    expect((await runDue(ctx)).sent).toContain('sched/1/c/post/0');
    expect(postsTo(platform, 'ch-c')).toHaveLength(1);
  });

  it('after a crash between the send and the record, finds the post on the platform and does not post again', async () => {
    const platform = new LocalPort();
    // The port posts, then the process dies before the ledger hears of it.
    class DyingPort extends LocalPort {
      override async post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt> {
        await platform.post(target, message, key);
        return new Promise<Receipt>(() => undefined);
      }
    }
    const dying = await start(platform, '2026-03-17T08:00:00Z');
    dying.ctx.ports.local = new DyingPort();
    await dying.store.ledger.set({ program: 'sched', round: 1, network: null, action: 'warn', slot: 0, status: 'sent', updatedAt: '' });
    void runDue(dying.ctx);
    await eventually(() => postsTo(platform, 'ch-a').length === 1);
    expect(await dying.store.ledger.get({ program: 'sched', round: 1, network: 'a', action: 'post', slot: 0 })).toMatchObject({
      status: 'pending',
    });

    const restarted = await start(platform, '2026-03-17T08:02:00Z');
    const report = await runDue(restarted.ctx);
    expect(report.sent).toContain('sched/1/a/post/0');
    expect(postsTo(platform, 'ch-a')).toHaveLength(1);
  });

  it('records a refused channel as failed, tells the coordinator once naming the network, and retries later', async () => {
    const platform = new LocalPort();
    class ArchivedPort extends LocalPort {
      override async post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt> {
        if (target.channel === 'ch-b') throw new DeliveryError('unreachable', 'is_archived');
        return platform.post(target, message, key);
      }
      override sendDirect(userId: string, message: OutgoingMessage, key: string) {
        return platform.sendDirect(userId, message, key);
      }
    }
    const { ctx, store, clock } = await start(platform, '2026-03-17T08:00:00Z');
    ctx.ports.local = new ArchivedPort();
    await store.ledger.set({ program: 'sched', round: 1, network: null, action: 'warn', slot: 0, status: 'sent', updatedAt: '' });
    const report = await runDue(ctx);
    expect(report.failed).toContain('sched/1/b/post/0');
    expect(report.sent).toContain('sched/1/a/post/0');
    const told = platform.sent('user:coord');
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]?.message)).toContain('Berga');
    clock.advance(MINUTE);
    // Cedra has no channel yet: its post waits (not a failure); the coordinator heard of that the day before.
    expect((await runDue(ctx)).failed).toEqual(['sched/1/b/post/0']);
    expect(platform.sent('user:coord')).toHaveLength(1);
    expect(await store.ledger.get({ program: 'sched', round: 1, network: 'b', action: 'post', slot: 0 })).toMatchObject({
      status: 'failed',
      attempts: 2,
      detail: 'unreachable: is_archived',
    });
    // Status on any instance reads the refusal from the store; the channel that took its post has none.
    expect(await store.reachability.get('sched', 'b')).toMatchObject({ platform: 'local', detail: 'is_archived' });
    expect(await store.reachability.get('sched', 'a')).toBeUndefined();
  });

  it('nudges only the leaders whose minutes are missing, privately, and tells the coordinators at the deadline', async () => {
    const { platform, ctx, clock } = await minutesOfB();
    clock.set('2026-04-03T07:00:00Z');
    const nudged = await runDue(ctx);
    expect(nudged.sent.sort()).toEqual(['sched/1/a/nudge/0', 'sched/1/c/nudge/0']);
    expect(nudged.dropped).toEqual(['sched/1/b/nudge/0']);
    expect(platform.sent('user:lead-a')).toHaveLength(1);
    expect(platform.sent('user:lead-b')).toHaveLength(0);
    expect(JSON.stringify(platform.sent('user:lead-a')[0]?.message)).toContain('1 av 3 nätverk');
    // Nudges never go to the channel.
    expect(postsTo(platform, 'ch-a')).toHaveLength(0);

    clock.set('2026-04-07T07:00:00Z');
    const deadline = await runDue(ctx);
    expect(deadline.sent).toContain('sched/1/*/deadline/0');
    const notice = JSON.stringify(platform.sent('user:coord').at(-1)?.message);
    expect(notice).toContain('Berga');
    // The coordinator is on the local platform (the web chat): no slash command there, and the program's Swedish word.
    expect(notice).toContain('sammanställning 1');
    expect(notice).not.toContain('/summary');
  });

  it('reads replies only for the networks whose nudge is due, each by key, never the whole program', async () => {
    const { ctx, store, clock } = await minutesOfB();
    const gated = new GatedStore(store);
    const watched: BotContext = { ...ctx, store: gated.store };
    // A quiet minute: nothing due, no reply read.
    clock.set('2026-04-03T06:01:00Z');
    expect(await runDue(watched)).toMatchObject({ sent: [], dropped: [] });
    expect(gated.events.filter((e) => e.startsWith('call replies.'))).toEqual([]);
    // The nudges fall due: one keyed read per network with a nudge, and the network whose minutes are in is spared.
    clock.set('2026-04-03T07:00:00Z');
    const nudged = await runDue(watched);
    expect(nudged.sent.sort()).toEqual(['sched/1/a/nudge/0', 'sched/1/c/nudge/0']);
    expect(nudged.dropped).toEqual(['sched/1/b/nudge/0']);
    const reads = gated.events.filter((e) => e.startsWith('call replies.'));
    expect(reads).not.toContain('call replies.list');
    expect(reads.filter((e) => e === 'call replies.listByScope').length).toBeGreaterThanOrEqual(3);
  });

  it('ticks under node-cron without overlapping and stops cleanly', async () => {
    const platform = new LocalPort();
    const { ctx } = await start(platform, '2026-03-17T08:00:00Z');
    const scheduler = startScheduler(ctx, { cron: false });
    const [a, b] = await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(a).toBe(b);
    await scheduler.stop();
    expect(postsTo(platform, 'ch-a')).toHaveLength(1);
  });
});

describe('private messages on SQLite', () => {
  const leaderInboxes = (platform: LocalPort) => ['lead-a', 'lead-b', 'lead-c'].map((id) => platform.sent(`user:${id}`).length);

  it('after a crash between a nudge and its record, finds the nudge by its key and does not send it again', async () => {
    const platform = new LocalPort();
    // The port sends, then the process dies before the ledger hears of it.
    class DyingPort extends LocalPort {
      override async sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt> {
        await platform.sendDirect(userId, message, key);
        return new Promise<Receipt>(() => undefined);
      }
    }
    const dying = await start(platform, '2026-04-03T06:00:00Z');
    await runDue(dying.ctx); // drops what was missed
    dying.clock.set('2026-04-03T07:00:00Z');
    dying.ctx.ports.local = new DyingPort();
    void runDue(dying.ctx);
    await eventually(() => leaderInboxes(platform).some((n) => n > 0));
    expect(leaderInboxes(platform).sort()).toEqual([0, 0, 1]);
    const pending = (await dying.store.ledger.list('sched')).filter((e) => e.action === 'nudge');
    expect(pending.map((e) => e.status)).toEqual(['pending']);

    const restarted = await start(platform, '2026-04-03T07:02:00Z');
    const report = await runDue(restarted.ctx);
    expect(report.sent.sort()).toEqual(['sched/1/a/nudge/0', 'sched/1/b/nudge/0', 'sched/1/c/nudge/0']);
    expect(leaderInboxes(platform)).toEqual([1, 1, 1]);
    // The found message's receipt is recorded as if it had been sent now.
    const key = pending[0]?.network as string;
    expect(await restarted.store.ledger.get({ program: 'sched', round: 1, network: key, action: 'nudge', slot: 0 })).toMatchObject({
      status: 'sent',
      receipt: `local-${platform.sent(`user:lead-${key}`)[0]?.seq}`,
    });
  });

  it('when the second coordinator cannot be reached, the retry tells only that one, even on a platform that cannot look (Teams)', async () => {
    const platform = new LocalPort();
    let refuse = true;
    // Like Teams: no findDirect, so only the ledger's note of who was reached can prevent a repeat.
    const blind: ChannelPort = {
      platform: 'local',
      post: (target, message, key) => platform.post(target, message, key),
      findPosted: (target, key) => platform.findPosted(target, key),
      sendDirect: async (userId, message, key) => {
        if (userId === 'coord2' && refuse) throw new DeliveryError('failed', 'internal_error');
        return platform.sendDirect(userId, message, key);
      },
      deliverCompilation: (to, delivery) => platform.deliverCompilation(to, delivery),
    };
    const { ctx, store, clock } = await start(platform, '2026-04-07T06:00:00Z');
    ctx.program = scheduleProgram(SCHEDULE_PROGRAM.replace('coordinators: [coord]', 'coordinators: [coord, coord2]'));
    await runDue(ctx); // drops what was missed
    ctx.ports.local = blind;
    clock.set('2026-04-07T07:00:00Z');
    expect((await runDue(ctx)).failed).toEqual(['sched/1/*/deadline/0']);
    expect(platform.sent('user:coord')).toHaveLength(1);
    expect(platform.sent('user:coord2')).toHaveLength(0);
    const failed = await store.ledger.get({ program: 'sched', round: 1, network: null, action: 'deadline', slot: 0 });
    expect(failed).toMatchObject({ status: 'failed', reached: { coord: `local-${platform.sent('user:coord')[0]?.seq}` } });

    refuse = false;
    clock.advance(2 * MINUTE);
    expect((await runDue(ctx)).sent).toEqual(['sched/1/*/deadline/0']);
    expect(platform.sent('user:coord')).toHaveLength(1);
    expect(platform.sent('user:coord2')).toHaveLength(1);
    const receipts = [...platform.sent('user:coord'), ...platform.sent('user:coord2')].map((d) => `local-${d.seq}`);
    expect(await store.ledger.get({ program: 'sched', round: 1, network: null, action: 'deadline', slot: 0 })).toMatchObject({
      status: 'sent',
      receipt: receipts.join(','),
    });
  });
});

const describeRedis = redisServerAvailable() ? describe : describe.skip;
describeRedis('several instances on one Redis server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(async () => {
    // Each test starts from an empty server, as a new deployment would.
    const client = createClient({ url: redis.url });
    await client.connect();
    await client.flushAll();
    await client.quit();
  });

  it('two runners over 1,000 simulated minutes send every action exactly once', async () => {
    const yaml = `program:
  id: sched
  title: Dygnet
  quietHours: false
  coordinators: [coord]
networks:
  - { id: a, name: Alby, platform: local, channel: ch-a, leaders: [lead-a] }
  - { id: b, name: Berga, platform: local, channel: ch-b, leaders: [lead-b] }
  - { id: c, name: Cedra, platform: local, channel: ch-c, leaders: [lead-c] }
rounds:
  - number: 1
    title: Samma dag
    meeting: 2026-03-31T13:00
    post: 2026-03-31T08:00
    reminders: [2026-03-31T10:00, 2026-03-31T12:00]
    deadline: 2026-03-31T20:00
    questions:
      - { id: q1, text: Vad behöver anhöriga? }
`;
    const platform = new LocalPort();
    const one = await start(platform, '2026-03-31T05:00:00Z', redis.url);
    const two = await start(platform, '2026-03-31T05:00:00Z', redis.url);
    one.ctx.program = scheduleProgram(yaml);
    two.ctx.program = one.ctx.program;
    for (let minute = 0; minute < 1000; minute++) {
      await Promise.all([runDue(one.ctx), runDue(two.ctx)]);
      one.clock.advance(MINUTE);
      two.clock.advance(MINUTE);
    }
    const keys = platform.sent().map((d) => d.key);
    expect(keys).toHaveLength(10);
    expect(new Set(keys).size).toBe(keys.length);
    // warn (dropped: all linked), 3 posts, 6 reminders, the deadline notice.
    expect(platform.sent().filter((d) => d.to.startsWith('channel:'))).toHaveLength(9);
    expect(platform.sent('user:coord')).toHaveLength(1);
  }, 120_000);

  it('an instance killed while holding a lease is replaced once the lease runs out', async () => {
    const platform = new LocalPort();
    const dead = await start(platform, '2026-03-17T08:00:00Z', redis.url);
    await dead.store.ledger.set({ program: 'sched', round: 1, network: null, action: 'warn', slot: 0, status: 'sent', updatedAt: '' });
    // The dead instance took the claim on Alby's post and never came back.
    expect(await dead.store.leases.acquire('sched/1/a/post/0', 60_000)).not.toBeNull();
    const alive = await start(platform, '2026-03-17T08:00:00Z', redis.url);
    const first = await runDue(alive.ctx, { leaseMs: 60_000 });
    // Alby's is claimed by the dead instance; Cedra's waits for a channel.
    expect(first.skipped).toEqual(['sched/1/a/post/0', 'sched/1/c/post/0']);
    expect(postsTo(platform, 'ch-a')).toHaveLength(0);
    // The claim runs out in Redis, its expiry brought forward rather than waited for: nobody lets go of it.
    const admin = createClient({ url: redis.url });
    await admin.connect();
    expect(await admin.pExpireAt('lnb:lease:sched/1/a/post/0', 1)).toBe(1);
    expect(await admin.exists('lnb:lease:sched/1/a/post/0')).toBe(0);
    await admin.quit();
    const second = await runDue(alive.ctx, { leaseMs: 60_000 });
    expect(second.sent).toEqual(['sched/1/a/post/0']);
    expect(postsTo(platform, 'ch-a')).toHaveLength(1);
  });
});
