import type { ChannelTarget } from '../../src/core/port';
import { DeliveryError } from '../../src/errors';
import { BOT } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

const message = { fallback: 'Träff 1', blocks: [{ type: 'text' as const, text: 'Frågorna' }], actions: [] };

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness({ env: { PLATFORM_TIMEOUT_MS: '300' } });
});
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
    h.connector.delay(() => true, 1_500, 1);
    const started = Date.now();
    const error = await h.teams.port.post(target(), message, 'k-slow').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).reason).toBe('failed');
    expect(Date.now() - started).toBeLessThan(1_400);
    // The activity arrived; a blind retry here would post it twice. The scheduler decides.
    await new Promise((r) => setTimeout(r, 1_600));
    expect(h.connector.activities('19:slow@thread.tacv2')).toHaveLength(1);
  });

  it('answers that are only slow, within the limit, are fine', async () => {
    h.connector.delay(() => true, 100, 1);
    await expect(h.teams.port.post(target(), message, 'k-ok')).resolves.toEqual({ id: expect.stringMatching(/^act-/) });
  });
});
