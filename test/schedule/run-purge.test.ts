import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { Receipt } from '../../src/core/port';
import { DeliveryError } from '../../src/errors';
import { LocalPort } from '../../src/local/local-port';
import { runPurge } from '../../src/schedule/run-purge';
import { startScheduler } from '../../src/schedule/start-scheduler';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { minimalProgramWith } from '../helpers/program-yaml';

describe('runPurge over SQLite', () => {
  const program = minimalProgramWith('\n  retention: { months: 6 }');
  let t: TestContext;
  beforeEach(async () => {
    t = await openTestContext({ program, now: '2027-05-01T12:00:00Z' });
    const save = (id: string, prog: string, kind: 'answer' | 'minutes', text: string) =>
      t.store.replies.save(
        { id, program: prog, round: 1, network: 'eskilstuna', question: 'q1', author: { platform: 'slack', userId: id }, role: 'anhorig', kind, text, option: null, consent: false },
        t.clock.now(),
      );
    await save('a1', 'test-program', 'answer', 'första');
    await save('a1', 'test-program', 'answer', 'andra');
    await save('a2', 'test-program', 'answer', 'svar');
    await save('m1', 'test-program', 'minutes', 'anteckning');
    await save('x1', 'other-program', 'answer', 'ett annat program');
  });
  afterEach(async () => {
    await t.close();
  });
  const coordinatorInbox = () => t.local.sent('user:U0COORD');

  it('deletes nothing before retention ends', async () => {
    expect(await runPurge(t.ctx)).toEqual({ status: 'skipped' });
    expect(await t.store.replies.list({})).toHaveLength(4);
  });

  it('deletes the program’s replies with their history once, tells the coordinator once, and leaves other programs', async () => {
    t.clock.set('2027-05-02T07:05:00Z');
    expect(await runPurge(t.ctx)).toEqual({ status: 'purged', counts: { answers: 2, minutes: 1, versions: 1 } });
    expect((await t.store.replies.list({})).map((r) => r.id)).toEqual(['x1']);
    expect(coordinatorInbox()).toHaveLength(1);
    const notice = JSON.stringify(coordinatorInbox()[0]?.message);
    expect(notice).toContain('svar: 2, gruppanteckningar: 1, tidigare versioner: 1');
    expect(notice).not.toMatch(/första|andra|anteckning\b/);
    expect(await t.store.ledger.get({ program: 'test-program', round: 0, network: null, action: 'purge', slot: 20270502 })).toMatchObject({ status: 'sent' });

    // Later ticks the same day do nothing; the next day finds nothing and says nothing.
    t.clock.advance(60_000);
    expect(await runPurge(t.ctx)).toEqual({ status: 'skipped' });
    t.clock.set('2027-05-03T07:05:00Z');
    expect(await runPurge(t.ctx)).toEqual({ status: 'purged', counts: { answers: 0, minutes: 0, versions: 0 } });
    expect(coordinatorInbox()).toHaveLength(1);
  });

  it('runs once when two ticks race for the same day (the lease), and a reply imported later goes the next day', async () => {
    t.clock.set('2027-05-02T07:05:00Z');
    const outcomes = await Promise.all([runPurge(t.ctx), runPurge(t.ctx)]);
    expect(outcomes.filter((o) => o.status === 'purged')).toHaveLength(1);
    expect(coordinatorInbox()).toHaveLength(1);

    await t.store.replies.save(
      { id: 'late', program: 'test-program', round: 1, network: 'eskilstuna', question: 'q1', author: null, role: 'chef', kind: 'answer', text: 'importerat', option: null, consent: false },
      t.clock.now(),
    );
    t.clock.set('2027-05-03T07:05:00Z');
    expect(await runPurge(t.ctx)).toMatchObject({ counts: { answers: 1 } });
    expect(coordinatorInbox()).toHaveLength(2);
  });

  it('is run by the scheduler’s tick', async () => {
    t.clock.set('2027-05-02T07:05:00Z');
    const scheduler = startScheduler(t.ctx, { cron: false });
    await scheduler.tick();
    await scheduler.stop();
    expect((await t.store.replies.list({ program: 'test-program' })).length).toBe(0);
    expect(coordinatorInbox()).toHaveLength(1);
  });

  it('keeps the counts when the notice fails, and tells the whole count when it is tried again', async () => {
    t.clock.set('2027-05-02T07:05:00Z');
    t.ctx.ports = {};
    expect(await runPurge(t.ctx)).toMatchObject({ status: 'purged', counts: { answers: 2 } });
    expect(await t.store.ledger.get({ program: 'test-program', round: 0, network: null, action: 'purge', slot: 20270502 })).toMatchObject({ status: 'failed' });
    const port = new LocalPort();
    t.ctx.ports = { local: port };
    // The retry waits a minute, as for any failed send.
    expect(await runPurge(t.ctx)).toEqual({ status: 'skipped' });
    t.clock.advance(61_000);
    expect(await runPurge(t.ctx)).toEqual({ status: 'purged', counts: { answers: 2, minutes: 1, versions: 1 } });
    expect(port.sent('user:U0COORD')).toHaveLength(1);
  });

  it('when one of two coordinators cannot be told, the retry tells only that one', async () => {
    t.ctx.program = minimalProgramWith('\n  retention: { months: 6 }');
    t.ctx.program.program.coordinators = ['U0COORD', 'U0COORD2'];
    let refuse = true;
    class FlakyPort extends LocalPort {
      override async sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt> {
        if (userId === 'U0COORD2' && refuse) throw new DeliveryError('failed', 'internal_error');
        return t.local.sendDirect(userId, message, key);
      }
    }
    t.ctx.ports = { local: new FlakyPort() };
    t.clock.set('2027-05-02T07:05:00Z');
    expect(await runPurge(t.ctx)).toMatchObject({ status: 'purged', counts: { answers: 2 } });
    const key = { program: 'test-program', round: 0, network: null, action: 'purge' as const, slot: 20270502 };
    expect(await t.store.ledger.get(key)).toMatchObject({ status: 'failed', reached: { U0COORD: expect.any(String) } });
    expect(coordinatorInbox()).toHaveLength(1);

    refuse = false;
    t.clock.advance(61_000);
    expect(await runPurge(t.ctx)).toEqual({ status: 'purged', counts: { answers: 2, minutes: 1, versions: 1 } });
    expect(coordinatorInbox()).toHaveLength(1);
    expect(t.local.sent('user:U0COORD2')).toHaveLength(1);
    expect(await t.store.ledger.get(key)).toMatchObject({ status: 'sent' });
  });
});
