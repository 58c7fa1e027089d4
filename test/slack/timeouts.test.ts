import { runDue } from '../../src/schedule/run-due';
import { type SlackHarness, startSlackHarness } from './slack-harness';

const POST_KEY = 'slack-test/1/eskilstuna/post/0';

let h: SlackHarness;
beforeEach(async () => {
  // Short enough to keep the test quick, long enough that starting the app
  // (auth.test and the like) is not cut off on a loaded machine.
  h = await startSlackHarness({ env: { PLATFORM_TIMEOUT_MS: '1500' } });
});
afterEach(async () => {
  await h.close();
});

const postsTo = (channel: string) => h.fake.accepted('chat.postMessage').filter((c) => c.args.channel === channel);

describe('a Slack that does not answer in time', () => {
  it('stops waiting, does not post again blindly, and on the next try finds the post that went through', async () => {
    // Slack takes the message but does not answer until the test lets it.
    const held = h.fake.hold('chat.postMessage', 1);
    const first = await runDue(h.t.ctx);
    // The tick gave up on its own, with Slack's answer still outstanding:
    // not Node's five minutes, and not the client's ten retries.
    expect(held.answered()).toBe(false);
    expect(first.failed).toContain(POST_KEY);
    held.release();
    expect(postsTo('C0ESK')).toHaveLength(1);
    expect((await h.t.store.ledger.get({ program: 'slack-test', round: 1, network: 'eskilstuna', action: 'post', slot: 0 }))?.status).toBe('failed');

    // The retry comes after the back-off; it looks in the channel before posting.
    h.t.clock.advance(2 * 60_000);
    const second = await runDue(h.t.ctx);
    expect(second.sent).toContain(POST_KEY);
    expect(postsTo('C0ESK')).toHaveLength(1);
    const entry = await h.t.store.ledger.get({ program: 'slack-test', round: 1, network: 'eskilstuna', action: 'post', slot: 0 });
    expect(entry).toMatchObject({ status: 'sent', receipt: h.fake.messages.find((m) => m.channel === 'C0ESK')?.ts });
  });

  it('still waits out a rate limit, which means Slack did nothing, and posts once', async () => {
    h.fake.rateLimit('chat.postMessage', 1, 1);
    const report = await runDue(h.t.ctx);
    expect(report.sent).toContain(POST_KEY);
    expect(postsTo('C0ESK')).toHaveLength(1);
  });
});
