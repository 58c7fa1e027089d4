import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { Platform } from '../../src/core/person';
import { DeliveryError } from '../../src/errors';
import { sendDirectOnce } from '../../src/schedule/send-direct-once';
import { testContextForEach } from '../helpers/bot-context';

const t = testContextForEach();

const built: Platform[] = [];
const message = (platform: Platform): OutgoingMessage => {
  built.push(platform);
  return { fallback: `till ${platform}`, blocks: [{ type: 'text', text: `till ${platform}` }], actions: [] };
};
const KEY = 'anhorigstod-2027/1/eskilstuna/nudge/0';

describe('sendDirectOnce', () => {
  it('sends one private message under the key and the person, built for their platform, and returns its receipt', async () => {
    const id = await sendDirectOnce(t.ctx, 'ledare-eskilstuna', message, KEY, { resuming: false, reached: {} });
    const sent = t.local.sent('user:ledare-eskilstuna');
    expect(sent.map((d) => [d.key, d.message.fallback])).toEqual([[`${KEY}/ledare-eskilstuna`, 'till local']]);
    expect(id).toBe('local-1');
  });

  it('sends nothing to someone the ledger notes as reached, and returns that receipt', async () => {
    expect(await sendDirectOnce(t.ctx, 'ledare-eskilstuna', message, KEY, { resuming: true, reached: { 'ledare-eskilstuna': 'D1.1' } })).toBe('D1.1');
    expect(t.local.sent()).toEqual([]);
  });

  it('when resuming, finds a message an earlier try sent and does not send it again', async () => {
    const first = await sendDirectOnce(t.ctx, 'local:samordnare', message, KEY, { resuming: false, reached: {} });
    const again = await sendDirectOnce(t.ctx, 'local:samordnare', message, KEY, { resuming: true, reached: {} });
    expect(again).toBe(first);
    expect(t.local.sent('user:samordnare')).toHaveLength(1);
  });

  it('checks the fence just before sending, and sends nothing when it refuses', async () => {
    const order: string[] = [];
    t.local.onDelivery(() => order.push('sent'));
    await sendDirectOnce(t.ctx, 'samordnare', message, KEY, { resuming: false, reached: {}, fence: async () => void order.push('fence') });
    expect(order).toEqual(['fence', 'sent']);
    const lapsed = sendDirectOnce(t.ctx, 'ledare-nykoping', message, KEY, {
      resuming: false,
      reached: {},
      fence: async () => {
        throw new Error('lease lapsed');
      },
    });
    await expect(lapsed).rejects.toThrow('lease lapsed');
    expect(t.local.sent('user:ledare-nykoping')).toEqual([]);
  });

  it('refuses, as unreachable, a person on a platform the bot has no connection to', async () => {
    built.length = 0;
    const failure = await sendDirectOnce(t.ctx, 'teams:29:1abc', message, KEY, { resuming: false, reached: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ reason: 'unreachable' });
    expect((failure as Error).message).toContain('teams');
    expect(built).toEqual([]);
  });
});
