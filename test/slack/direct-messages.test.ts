import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { ChannelPort, Receipt } from '../../src/core/port';
import { parseProgram } from '../../src/program/load-program';
import { runDue } from '../../src/schedule/run-due';
import { eventually, type SlackHarness, startSlackHarness } from './slack-harness';
import { SLACK_PROGRAM_YAML } from './slack-program';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const dmsTo = (harness: SlackHarness, userId: string) => harness.fake.messages.filter((m) => m.channel === `D${userId}`);

describe('private messages from the schedule on Slack', () => {
  it('after a crash between a nudge and its record, reads the direct message back and does not send it again', async () => {
    const s = await startSlackHarness({ now: '2026-12-06T07:00:00Z' });
    h = s;
    await runDue(s.t.ctx); // drops the posts and reminders missed
    s.t.clock.set('2026-12-06T08:00:00Z');
    const real = s.adapter.port;
    // Slack takes the nudge, then the process dies before the ledger hears of it.
    const dying: ChannelPort = {
      platform: 'slack',
      post: (target, message, key) => real.post(target, message, key),
      findPosted: (target, key) => real.findPosted(target, key),
      sendDirect: async (userId: string, message: OutgoingMessage, key: string) => {
        await real.sendDirect(userId, message, key);
        return new Promise<Receipt>(() => undefined);
      },
      deliverCompilation: (to, delivery) => real.deliverCompilation(to, delivery),
    };
    void runDue({ ...s.t.ctx, ports: { slack: dying } }, { leaseMs: 200 });
    await eventually(() => dmsTo(s, 'U0LEAD').length === 1);
    const key = { program: 'slack-test', round: 1, network: 'eskilstuna', action: 'nudge' as const, slot: 0 };
    expect((await s.t.store.ledger.get(key))?.status).toBe('pending');
    // The dead instance's claim runs out by the bot's clock; the next tick takes over.
    s.t.clock.advance(200);

    const report = await runDue(s.t.ctx);
    expect(report.sent.sort()).toEqual(['slack-test/1/eskilstuna/nudge/0', 'slack-test/1/katrineholm/nudge/0']);
    expect(dmsTo(s, 'U0LEAD')).toHaveLength(1);
    expect(dmsTo(s, 'U0LEAD2')).toHaveLength(1);
    expect(await s.t.store.ledger.get(key)).toMatchObject({ status: 'sent', receipt: dmsTo(s, 'U0LEAD')[0]?.ts });
    expect(s.fake.accepted('conversations.history').map((c) => c.args)).toContainEqual(expect.objectContaining({ channel: 'DU0LEAD', include_all_metadata: 'true' }));
  });

  it('when the second coordinator’s message fails, the retry does not message the first again', async () => {
    const program = parseProgram(SLACK_PROGRAM_YAML.replace('coordinators: [U0COORD]', 'coordinators: [U0COORD, U0COORD2]'), 'slack-test.yaml');
    const s = await startSlackHarness({ program, now: '2026-12-10T07:00:00Z' });
    h = s;
    await runDue(s.t.ctx); // the missed actions (the last nudges go out, still before the deadline)
    s.t.clock.set('2026-12-10T08:00:00Z');
    s.fake.failWith('chat.postMessage', 'internal_error', (args) => args.channel === 'DU0COORD2', 1);
    expect((await runDue(s.t.ctx)).failed).toEqual(['slack-test/1/*/deadline/0']);
    expect(dmsTo(s, 'U0COORD')).toHaveLength(1);
    expect(dmsTo(s, 'U0COORD2')).toHaveLength(0);

    s.t.clock.advance(2 * 60_000);
    expect((await runDue(s.t.ctx)).sent).toEqual(['slack-test/1/*/deadline/0']);
    expect(dmsTo(s, 'U0COORD')).toHaveLength(1);
    expect(dmsTo(s, 'U0COORD2')).toHaveLength(1);
  });
});
