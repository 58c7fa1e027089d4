import { startScheduler } from '../../src/schedule/start-scheduler';
import { openTestContext, type TestContext } from '../helpers/bot-context';

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext();
});
afterEach(() => t.close());

describe('the scheduler', () => {
  it('runs its check before every tick, and with the schedule off still checks but sends nothing', async () => {
    const order: string[] = [];
    const off = startScheduler(t.ctx, { enabled: false, cron: false, beforeTick: async () => void order.push('check') });
    // The tick at start is still running when tick() is called: it is the same tick, not a second one.
    expect(await off.tick()).toBeUndefined();
    await off.stop();
    expect(order).toEqual(['check']);
    expect(t.local.sent()).toEqual([]);

    const on = startScheduler(t.ctx, {
      cron: false,
      beforeTick: async () => {
        order.length = 0;
        order.push(`check with ${t.local.sent().length} sent`);
        throw new Error('a failing check does not stop the tick');
      },
    });
    const report = await on.tick();
    await on.stop();
    expect(order).toEqual(['check with 0 sent']);
    // Round 1 opens: its post goes to the two networks with a channel (Nyköping has none yet).
    expect(report?.sent).toEqual(['anhorigstod-2027/1/eskilstuna/post/0', 'anhorigstod-2027/1/katrineholm/post/0']);
    expect(t.local.sent().map((d) => d.to)).toEqual(['channel:eskilstuna', 'channel:katrineholm']);
  });
});
