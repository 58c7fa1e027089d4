import { escapeMrkdwn } from '../../src/compile/escape';
import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import { postToChannel } from '../../src/core/post-to-channel';
import { DeliveryError } from '../../src/errors';
import { slackHarnessForEach } from './slack-harness';
import { commandBody } from './slack-payloads';

const h = slackHarnessForEach();

const target = (channel: string, network = 'eskilstuna'): ChannelTarget => ({ platform: 'slack', program: 'slack-test', network, channel });

function round1(locale: 'sv' | 'en' = 'sv') {
  const program = h.t.ctx.program;
  const round = program.rounds[0];
  const network = program.networks[0];
  if (!round || !network) throw new Error('test program changed');
  return roundMessage(program, round, network, 'post', locale);
}

describe('SlackPort.post and findPosted', () => {
  it('posts the round as Block Kit with its key in the metadata, and finds it again by the key', async () => {
    const receipt = await h.adapter.port.post(target('C0ESK'), round1(), 'slack-test/1/eskilstuna/post/0');
    const call = h.fake.accepted('chat.postMessage')[0];
    expect(call?.args).toMatchObject({
      channel: 'C0ESK',
      text: expect.stringContaining('Träff 1: Vad är ett bra stöd?'),
      metadata: { event_type: 'lnb_post', event_payload: { key: 'slack-test/1/eskilstuna/post/0' } },
    });
    const blocks = call?.args.blocks as { type: string; text?: { text: string }; elements?: { action_id: string; text: { text: string }; style?: string }[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'header', 'section', 'actions']);
    expect(blocks[0]?.text?.text).toBe('Träff 1: Vad är ett bra stöd?');
    expect(blocks[4]?.text?.text).toContain('• Vilka behov har du som anhörig? (Ge gärna ett exempel.)');
    expect(blocks[5]?.elements?.map((e) => [e.action_id, e.text.text, e.style])).toEqual([
      ['lnb_answer', 'Svara', 'primary'],
      ['lnb_minutes', 'Dokumentera gruppens samtal (ledare)', undefined],
    ]);
    expect(receipt.id).toBe(h.fake.messages[0]?.ts);

    await h.adapter.port.post(target('C0ESK'), round1(), 'slack-test/1/eskilstuna/remind/0');
    expect(await h.adapter.port.findPosted(target('C0ESK'), 'slack-test/1/eskilstuna/post/0')).toEqual(receipt);
    expect(await h.adapter.port.findPosted(target('C0ESK'), 'slack-test/2/eskilstuna/post/0')).toBeUndefined();
    expect(await h.adapter.port.findPosted(target('C0OTHER'), 'slack-test/1/eskilstuna/post/0')).toBeUndefined();
    expect(h.fake.accepted('conversations.history')[0]?.args).toMatchObject({ channel: 'C0ESK', include_all_metadata: 'true' });
  });

  it('escapes program text so it cannot ping or format', async () => {
    const message = { fallback: '<!channel> hej', blocks: [{ type: 'text' as const, text: 'Ring <!here> & *alla*' }], actions: [] };
    await h.adapter.port.post(target('C0ESK'), message, 'k');
    const call = h.fake.accepted('chat.postMessage')[0];
    expect(call?.args.text).toBe('&lt;!channel&gt; hej');
    const blocks = (call?.args.blocks ?? []) as { text: { text: string } }[];
    const text = blocks[0]?.text.text;
    expect(text).toBe('Ring &lt;!here&gt; &amp; \u200d*\u200dalla\u200d*\u200d');
  });
});

describe('rate limits', () => {
  it('waits out a 429 with Retry-After and posts once', async () => {
    h.fake.rateLimit('chat.postMessage', 1, 1);
    const started = Date.now();
    const receipt = await h.adapter.port.post(target('C0ESK'), round1(), 'k1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(h.fake.messages).toHaveLength(1);
    expect(receipt.id).toBe(h.fake.messages[0]?.ts);
  });

  it('posts to 50 channels at once, with some 429s, and every one arrives exactly once', async () => {
    // Every seventh channel is rate limited once.
    h.fake.rateLimit('chat.postMessage', 7, 1, (args) => Number(String(args.channel).slice(1)) % 7 === 0);
    const channels = Array.from({ length: 50 }, (_, i) => `C${i}`);
    const receipts = await Promise.all(channels.map((c) => h.adapter.port.post(target(c), round1(), `slack-test/1/${c}/post/0`)));
    expect(receipts).toHaveLength(50);
    expect(h.fake.calls.filter((c) => c.status === 429)).toHaveLength(7);
    expect(h.fake.messages.map((m) => m.channel).sort()).toEqual([...channels].sort());
    expect(new Set(receipts.map((r) => r.id)).size).toBe(50);
  }, 60_000);
});

describe('channels the bot cannot reach', () => {
  it.each(['not_in_channel', 'channel_not_found', 'is_archived'])('%s is a DeliveryError "unreachable", shown in /lnb status', async (error) => {
    h.fake.failWith('chat.postMessage', error, (args) => args.channel === 'C0ESK');
    // Through the rules' one way into a channel, which keeps the refusal in the store for status.
    const failed = await postToChannel(h.t.ctx, h.adapter.port, target('C0ESK'), round1(), 'k', { resuming: false, fence: async () => undefined }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DeliveryError);
    expect(failed).toMatchObject({ reason: 'unreachable', platformError: error });
    const status = await h.command(commandBody({ command: '/lnb', text: 'status', user: 'U0COORD', channel: 'C0X', responseUrl: h.fake.responseUrl('s') }));
    // The code is shown as Slack gave it, escaped like all text (its underscores are not italics).
    expect((status.json() as { blocks: unknown[] }).blocks[1]).toMatchObject({ text: { text: expect.stringContaining(`Eskilstuna (eskilstuna): boten når inte kanalen: ${escapeMrkdwn(error)}`) } });
  });

  it('other Slack errors are DeliveryError "failed"', async () => {
    h.fake.failWith('chat.postMessage', 'internal_error');
    await expect(h.adapter.port.post(target('C0ESK'), round1(), 'k')).rejects.toMatchObject({ reason: 'failed', platformError: 'internal_error' });
  });
});

describe('SlackPort.sendDirect', () => {
  it('opens the direct message and posts there with the key', async () => {
    const message = { fallback: 'Hej', blocks: [{ type: 'text' as const, text: 'Hej' }], actions: [] };
    await h.adapter.port.sendDirect('U0LEAD', message, 'nudge/1');
    expect(h.fake.accepted('conversations.open')[0]?.args).toMatchObject({ users: 'U0LEAD' });
    expect(h.fake.messages[0]).toMatchObject({ channel: 'DU0LEAD', metadata: { event_payload: { key: 'nudge/1' } } });
  });

  it('finds a direct message again by its key, in that person’s direct message only', async () => {
    const message = { fallback: 'Hej', blocks: [{ type: 'text' as const, text: 'Hej' }], actions: [] };
    const receipt = await h.adapter.port.sendDirect('U0LEAD', message, 'nudge/1');
    await h.adapter.port.post(target('C0ESK'), round1(), 'nudge/2');
    expect(await h.adapter.port.findDirect?.('U0LEAD', 'nudge/1')).toEqual(receipt);
    expect(await h.adapter.port.findDirect?.('U0LEAD', 'nudge/2')).toBeUndefined();
    expect(await h.adapter.port.findDirect?.('U0LEAD2', 'nudge/1')).toBeUndefined();
    expect(h.fake.accepted('conversations.history')[0]?.args).toMatchObject({ channel: 'DU0LEAD', include_all_metadata: 'true' });
  });

  it('without im:history (an older install) cannot tell, and says so instead of failing the send', async () => {
    h.fake.failWith('conversations.history', 'missing_scope');
    expect(await h.adapter.port.findDirect?.('U0LEAD', 'nudge/1')).toBeUndefined();
    h.fake.failWith('conversations.open', 'user_not_found');
    await expect(h.adapter.port.findDirect?.('U0GONE', 'nudge/1')).rejects.toMatchObject({ reason: 'unreachable', platformError: 'user_not_found' });
  });
});
