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
    expect(await off.tick()).toBeUndefined();
    await off.stop();
    expect(order.length).toBeGreaterThanOrEqual(1);
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
    expect(report?.sent.length).toBeGreaterThan(0);
  });
});
