import type { ChannelTarget } from '../../src/core/port';
import { DeliveryError } from '../../src/errors';
import { BOT } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

const message = { fallback: 'Träff 1', blocks: [{ type: 'text' as const, text: 'Frågorna' }], actions: [] };

let h: TeamsHarness;
afterEach(async () => {
  await h.close();
});

function target(): ChannelTarget {
  const channel = '19:slow@thread.tacv2';
  return {
    platform: 'teams',
    program: 'teams-test',
    network: 'slow',
    channel,
    reference: { channelId: 'msteams', serviceUrl: h.connector.url, bot: BOT, conversation: { id: channel } },
  };
}

describe('a Bot Connector that does not answer in time', () => {
  it('stops waiting after PLATFORM_TIMEOUT_MS and does not send the activity again itself', async () => {
    h = await startTeamsHarness({ env: { PLATFORM_TIMEOUT_MS: '300' } });
    // The connector takes the activity but does not answer until the test lets it.
    const held = h.connector.hold(() => true, 1);
    const error = await h.teams.port.post(target(), message, 'k-slow').catch((e: unknown) => e);
    // The post gave up on its own, with the connector's answer still outstanding.
    expect(held.answered()).toBe(false);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).reason).toBe('failed');
    held.release();
    // The activity arrived; a blind retry here would post it twice. The scheduler decides.
    await h.connector.waitFor(() => held.answered());
    expect(h.connector.activities('19:slow@thread.tacv2')).toHaveLength(1);
  });

  it('waits for an answer that comes within the limit', async () => {
    h = await startTeamsHarness({ env: { PLATFORM_TIMEOUT_MS: '60000' } });
    const held = h.connector.hold(() => true, 1);
    const posted = h.teams.port.post(target(), message, 'k-ok');
    await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === '19:slow@thread.tacv2'));
    held.release();
    await expect(posted).resolves.toEqual({ id: expect.stringMatching(/^act-/) });
    expect(held.answered()).toBe(true);
  });
});
