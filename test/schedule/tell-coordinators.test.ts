import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { Platform } from '../../src/core/person';
import type { ChannelPort } from '../../src/core/port';
import { DeliveryError } from '../../src/errors';
import { LocalPort } from '../../src/local/local-port';
import { createLogger } from '../../src/logger';
import type { Reached } from '../../src/schedule/send-direct-once';
import { tellCoordinators } from '../../src/schedule/tell-coordinators';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { SCHEDULE_PROGRAM, scheduleProgram } from './schedule-program';

const notice = (platform: Platform): OutgoingMessage => ({ fallback: `till ${platform}`, blocks: [{ type: 'text', text: `till ${platform}` }], actions: [] });

let t: TestContext;
let logs: { msg: string; coordinator?: string; action?: string; err?: string }[];
let refuse: Set<string>;
beforeEach(async () => {
  t = await openTestContext();
  logs = [];
  t.ctx.log = createLogger('warn', { write: (line: string) => void logs.push(JSON.parse(line)) });
  // Four coordinators: two on the local platform (one of whom it refuses), one on Teams, one on Slack, which has no connection here.
  t.ctx.program = scheduleProgram(SCHEDULE_PROGRAM.replace('coordinators: [coord]', 'coordinators: [coord, local:refused, teams:29:t, slack:U1]'));
  refuse = new Set(['refused']);
  const local = t.local;
  const refusing = (platform: 'local' | 'teams', inner: LocalPort): ChannelPort => ({
    platform,
    post: (target, message, key) => inner.post(target, message, key),
    findPosted: (target, key) => inner.findPosted(target, key),
    sendDirect: async (userId, message, key) => {
      if (refuse.has(userId)) throw Object.assign(new DeliveryError('failed', 'internal_error'), { body: 'payload' });
      return inner.sendDirect(userId, message, key);
    },
    findDirect: (userId, key) => inner.findDirect(userId, key),
    deliverCompilation: (to, delivery) => inner.deliverCompilation(to, delivery),
  });
  t.ctx.ports = { local: refusing('local', local), teams: refusing('teams', new LocalPort()) };
});
afterEach(async () => {
  await t.close();
});

describe('tellCoordinators', () => {
  it("tells each coordinator on their own platform, under the key and their entry; one who cannot be reached is logged and counted, and the rest are still told", async () => {
    const teams = t.ctx.ports.teams as ChannelPort;
    const told = await tellCoordinators(t.ctx, notice, 'sched/1/a/post/0/unreachable');

    expect(t.local.sent('user:coord').map((d) => [d.key, d.message.fallback])).toEqual([['sched/1/a/post/0/unreachable/coord', 'till local']]);
    expect(await teams.findDirect?.('29:t', 'sched/1/a/post/0/unreachable/teams:29:t')).toBeDefined();
    expect(Object.keys(told.reached).sort()).toEqual(['coord', 'teams:29:t']);
    expect(told.failures).toBe(2);
    expect(logs.map((l) => [l.msg, l.coordinator, l.action])).toEqual([
      ['could not tell a coordinator', 'local:refused', 'sched/1/a/post/0/unreachable'],
      ['could not tell a coordinator', 'slack:U1', 'sched/1/a/post/0/unreachable'],
    ]);
    // The message alone: nothing else the error carried.
    expect(logs[0]?.err).toBe('delivery failed (failed): internal_error');
    expect(JSON.stringify(logs)).not.toContain('payload');
  });

  it('with progress, skips those reached before, notes each one as reached, and a retry tells only the rest', async () => {
    const noted: Reached[] = [];
    let reached: Reached = {};
    const progress = () => ({
      resuming: false,
      reached,
      note: async (now: Reached) => {
        noted.push(now);
        reached = now;
      },
    });
    const first = await tellCoordinators(t.ctx, notice, 'sched/purge/2026-04-07', progress());
    expect(first.failures).toBe(2);
    expect(noted.map((r) => Object.keys(r))).toEqual([['coord'], ['coord', 'teams:29:t']]);

    refuse.clear();
    logs.length = 0;
    const second = await tellCoordinators(t.ctx, notice, 'sched/purge/2026-04-07', progress());
    expect(second.failures).toBe(1); // Slack still has no connection here.
    expect(t.local.sent('user:coord')).toHaveLength(1);
    expect(t.local.sent('user:refused')).toHaveLength(1);
    expect(Object.keys(second.reached).sort()).toEqual(['coord', 'local:refused', 'teams:29:t']);
    expect(logs.map((l) => l.coordinator)).toEqual(['slack:U1']);
  });

  it('when resuming, does not send again what the platform finds already sent under the key', async () => {
    await t.local.sendDirect('coord', notice('local'), 'program/sched/kept/abc/coord');
    const told = await tellCoordinators(t.ctx, notice, 'program/sched/kept/abc', { resuming: true, reached: {}, note: async () => undefined });
    expect(t.local.sent('user:coord')).toHaveLength(1);
    expect(told.reached.coord).toBe('local-1');
  });
});
