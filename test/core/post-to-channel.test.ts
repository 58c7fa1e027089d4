import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { ChannelTarget, Receipt } from '../../src/core/port';
import { postToChannel } from '../../src/core/post-to-channel';
import { DeliveryError } from '../../src/errors';
import { LocalPort } from '../../src/local/local-port';
import { openTestContext, type TestContext } from '../helpers/bot-context';

const message: OutgoingMessage = { fallback: 'Träff 1', blocks: [{ type: 'text', text: 'Frågorna' }], actions: [] };
const target: ChannelTarget = { platform: 'local', program: 'anhorigstod-2027', network: 'eskilstuna', channel: 'eskilstuna' };
const first = { resuming: false, fence: async () => undefined };

/** The local platform, refusing posts the way the test says (as Slack or Teams would answer). */
class RefusingPort extends LocalPort {
  refuse: DeliveryError | undefined;
  posts = 0;
  override async post(t: ChannelTarget, m: OutgoingMessage, key: string): Promise<Receipt> {
    if (this.refuse) throw this.refuse;
    this.posts++;
    return super.post(t, m, key);
  }
}

let t: TestContext;
let port: RefusingPort;
beforeEach(async () => {
  t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  port = new RefusingPort();
});
afterEach(async () => t.close());

const refusal = () => t.store.reachability.get('anhorigstod-2027', 'eskilstuna');

describe('postToChannel', () => {
  it('keeps a refusal for good in the store, with what the platform said, and passes the error on', async () => {
    port.refuse = new DeliveryError('unreachable', 'is_archived');
    await expect(postToChannel(t.ctx, port, target, message, 'k', first)).rejects.toBe(port.refuse);
    expect(await refusal()).toEqual({ program: 'anhorigstod-2027', network: 'eskilstuna', platform: 'local', detail: 'is_archived', at: '2026-11-23T10:00:00.000Z' });
  });

  it('clears the refusal once a post gets through', async () => {
    port.refuse = new DeliveryError('unreachable', 'not_in_channel');
    await postToChannel(t.ctx, port, target, message, 'k', first).catch(() => undefined);
    expect(await refusal()).toBeDefined();
    port.refuse = undefined;
    expect(await postToChannel(t.ctx, port, target, message, 'k', first)).toEqual({ id: 'local-1' });
    expect(await refusal()).toBeUndefined();
  });

  it('leaves a passing failure out: the channel is not refused for good', async () => {
    port.refuse = new DeliveryError('failed', 'internal_error');
    await expect(postToChannel(t.ctx, port, target, message, 'k', first)).rejects.toBe(port.refuse);
    expect(await refusal()).toBeUndefined();
  });

  it('after a crash finds the post already there: no second post, and the channel counts as reached', async () => {
    await port.post(target, message, 'k');
    await t.store.reachability.refused({ program: 'anhorigstod-2027', network: 'eskilstuna', platform: 'local', detail: 'is_archived', at: '' });
    let fenced = 0;
    const receipt = await postToChannel(t.ctx, port, target, message, 'k', { resuming: true, fence: async () => void fenced++ });
    expect(receipt).toEqual({ id: 'local-1' });
    expect(port.posts).toBe(1);
    expect(fenced).toBe(0);
    expect(await refusal()).toBeUndefined();
  });

  it('posts nothing when the fence says this instance may no longer send', async () => {
    const lapsed = new Error('lease lapsed');
    await expect(postToChannel(t.ctx, port, target, message, 'k', { resuming: false, fence: async () => Promise.reject(lapsed) })).rejects.toBe(lapsed);
    expect(port.posts).toBe(0);
  });

  it('returns the receipt of a post that went out although the store could not note it', async () => {
    await t.store.close();
    expect(await postToChannel(t.ctx, port, target, message, 'k', first)).toEqual({ id: 'local-1' });
    expect(port.posts).toBe(1);
  });
});
