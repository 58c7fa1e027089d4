import { escapeMrkdwn } from '../../src/compile/escape';
import { roundMessage } from '../../src/core/messages/round-message';
import type { ChannelTarget } from '../../src/core/port';
import type { PostedMessage } from './fake-slack-api';
import { slackHarnessForEach } from './slack-harness';

const h = slackHarnessForEach();

const target: ChannelTarget = { platform: 'slack', program: 'slack-test', network: 'eskilstuna', channel: 'C0ESK' };

interface Block {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text: string | { text: string }; action_id?: string }[];
}

/** Round 1 with 30 questions of about 900 characters each: some 27,000 characters, past the 12,000 one message may hold. */
function longRound() {
  const program = h.t.ctx.program;
  const round = program.rounds[0];
  const network = program.networks[0];
  if (!round || !network) throw new Error('test program changed');
  const base = round.questions[1];
  if (!base) throw new Error('test program changed');
  const questions = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `q${i}`, text: `Fråga ${i} börjar. ${'Berätta gärna mer om hur det var. '.repeat(26)}Slut på fråga ${i}.` }));
  return roundMessage(program, { ...round, questions }, network, 'post', 'sv');
}

const blocksOf = (m: PostedMessage | undefined) => (m?.blocks ?? []) as Block[];
const textsOf = (blocks: Block[]) =>
  blocks.flatMap((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text), ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? '')))]);

function expectWithinSlackLimits(messages: PostedMessage[]) {
  for (const m of messages) {
    const blocks = blocksOf(m);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(12_000 + 1_000);
  }
}

describe('a round post longer than one message holds', () => {
  it('is posted whole over several messages, each within Slack limits, each with Svara, and found again only when every part is there', async () => {
    const receipt = await h.adapter.port.post(target, longRound(), 'slack-test/1/eskilstuna/post/0');
    const messages = h.fake.messages.filter((m) => m.channel === 'C0ESK');
    expect(messages.length).toBeGreaterThan(1);
    expectWithinSlackLimits(messages);
    const all = messages.flatMap((m) => textsOf(blocksOf(m))).join('\n');
    for (let i = 0; i < 30; i++) {
      expect(all).toContain(escapeMrkdwn(`Fråga ${i} börjar.`));
      expect(all).toContain(escapeMrkdwn(`Slut på fråga ${i}.`));
    }
    expect(all).not.toContain('förkortat');
    messages.forEach((m, i) => {
      const blocks = blocksOf(m);
      expect(blocks.at(-1)?.elements?.map((e) => e.action_id)).toEqual(['lnb_answer', 'lnb_minutes']);
      expect(textsOf(blocks)).toContain(`Del ${i + 1} av ${messages.length}`);
      expect(m.metadata).toEqual({ event_type: 'lnb_post', event_payload: { key: 'slack-test/1/eskilstuna/post/0', part: i, parts: messages.length } });
    });
    expect(blocksOf(messages[0])[0]).toMatchObject({ type: 'header', text: { text: 'Träff 1: Vad är ett bra stöd?' } });
    // A heading is never the last thing before the part's note.
    for (const m of messages) expect(blocksOf(m).at(-3)?.type).not.toBe('header');
    expect(receipt.id).toBe(messages[0]?.ts);
    expect(await h.adapter.port.findPosted(target, 'slack-test/1/eskilstuna/post/0')).toEqual(receipt);
  });

  it('that failed part way is not found as posted, and the next try posts only the missing parts', async () => {
    h.fake.failWith('chat.postMessage', 'channel_not_found', (args) => (args.metadata as { event_payload?: { part?: number } })?.event_payload?.part === 1, 1);
    await expect(h.adapter.port.post(target, longRound(), 'k-long')).rejects.toThrow();
    expect(h.fake.messages).toHaveLength(1);
    expect(await h.adapter.port.findPosted(target, 'k-long')).toBeUndefined();
    const receipt = await h.adapter.port.post(target, longRound(), 'k-long');
    const parts = h.fake.messages.map((m) => (m.metadata?.event_payload as { part?: number } | undefined)?.part);
    expect(parts).toEqual([...parts.keys()]);
    expect(parts.length).toBeGreaterThan(2);
    expect(receipt.id).toBe(h.fake.messages[0]?.ts);
    expect(await h.adapter.port.findPosted(target, 'k-long')).toEqual(receipt);
  });

  it('splits at 50 blocks too, and a post that fits stays one message with its key alone', async () => {
    const blocks = Array.from({ length: 120 }, (_, i) => ({ type: 'text' as const, text: `Stycke ${i}` }));
    await h.adapter.port.post(target, { fallback: 'Många stycken', blocks, actions: [] }, 'k-blocks');
    expect(h.fake.messages).toHaveLength(3);
    expectWithinSlackLimits(h.fake.messages);
    const all = h.fake.messages.flatMap((m) => textsOf(blocksOf(m)));
    for (let i = 0; i < 120; i++) expect(all).toContain(`Stycke ${i}`);

    await h.adapter.port.post(target, { fallback: 'Kort', blocks: [{ type: 'text', text: 'Kort' }], actions: [] }, 'k-short');
    expect(h.fake.messages.at(-1)?.metadata).toEqual({ event_type: 'lnb_post', event_payload: { key: 'k-short' } });
    expect(blocksOf(h.fake.messages.at(-1))).toHaveLength(1);
  });
});
