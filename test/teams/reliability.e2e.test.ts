import type { ChannelTarget } from '../../src/core/port';
import { postToChannel } from '../../src/core/post-to-channel';
import { DeliveryError } from '../../src/errors';
import { cardOf, cardText } from './helpers/fake-connector';
import { ANNA, BOT, COORD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness, type TeamsHarness } from './helpers/teams-harness';

// biome-ignore lint/suspicious/noTemplateCurlyInString: an Adaptive Card template expression, on purpose
const HOSTILE = '**fet** [länk](http://evil) ${x} {{DATE(2020)}}';
const message = { fallback: 'Träff 1', blocks: [{ type: 'text' as const, text: 'Frågorna' }], actions: [] };

function target(h: TeamsHarness, i: number): ChannelTarget {
  const channel = `19:n${i}@thread.tacv2`;
  return {
    platform: 'teams',
    program: 'teams-test',
    network: `n${i}`,
    channel,
    reference: { channelId: 'msteams', serviceUrl: h.connector.url, bot: BOT, conversation: { id: channel } },
  };
}

describe('throttling and failures', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('posts to 50 channels although Teams throttles each of them first (429, then 412)', async () => {
    // Per channel, so on a loaded machine one quick post cannot use up the failures meant for the others.
    for (let i = 0; i < 50; i++) {
      const channel = target(h, i).channel;
      h.connector.fail((c) => c.conversationId === channel, 429, 1);
      if (i % 5 === 0) h.connector.fail((c) => c.conversationId === channel, 412, 1);
    }
    const receipts = await Promise.all(Array.from({ length: 50 }, (_, i) => h.teams.port.post(target(h, i), message, `k${i}`)));
    expect(receipts.every((r) => r.id.startsWith('act-'))).toBe(true);
    const delivered = new Set(h.connector.activities().map((c) => c.conversationId));
    expect(delivered.size).toBe(50);
    expect(h.connector.activities()).toHaveLength(50);
    expect(h.connector.calls.filter((c) => c.status === 429)).toHaveLength(50);
  });

  it('waits as long as Retry-After asks', async () => {
    h.connector.fail(() => true, 429, 1, { 'Retry-After': '1' });
    const started = Date.now();
    await h.teams.port.post(target(h, 1), message, 'k');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.connector.activities()).toHaveLength(1);
  });

  it('gives up on a channel the bot was removed from, as unreachable, and status says so', async () => {
    h.connector.fail(() => true, 403, 1, {}, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    const t = { ...target(h, 7), network: 'eskilstuna' };
    // Through the rules' one way into a channel, which keeps the refusal in the store for status.
    const failure = await postToChannel(h.t.ctx, h.teams.port, t, message, 'k', { resuming: false, fence: async () => undefined }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ reason: 'unreachable' });
    expect((failure as DeliveryError).platformError).toMatch(/BotNotInConversationRoster/);
    expect(h.connector.calls).toHaveLength(1);
    await h.send(personalMessage(h.connector.url, COORD, 'status'));
    const status = cardText(cardOf(h.connector.activities(personalConversationId(COORD)).at(-1)?.body ?? {}));
    expect(status).toMatch(/Eskilstuna \(eskilstuna\): boten når inte kanalen: 403 BotNotInConversationRoster .*; installera appen/);
  });

  it('gets through a passing 502 and 504, and reports a refusal that retrying cannot fix as failed', async () => {
    h.connector.fail(() => true, 502, 1);
    h.connector.fail(() => true, 504, 1);
    await h.teams.port.post(target(h, 2), message, 'k');
    expect(h.connector.calls.map((c) => c.status)).toEqual([502, 504, 200]);
    h.connector.fail(() => true, 400, 1);
    await expect(h.teams.port.post(target(h, 2), message, 'k')).rejects.toMatchObject({ reason: 'failed' });
  });

  it('refuses what is not an activity, and survives activities missing their parts', async () => {
    const raw = (body: string) => fetch(`${h.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await raw('not json')).status).toBe(400);
    expect((await raw('[]')).status).toBe(400);
    expect((await raw(JSON.stringify({ type: 'message', text: 'hej' }))).status).toBe(400);
    expect((await raw(JSON.stringify({ type: 'message', serviceUrl: 'file:///etc/passwd', conversation: { id: 'x' } }))).status).toBe(400);
    expect((await raw('x'.repeat(2 * 1024 * 1024))).status).toBe(413);
    // No sender, no recipient: the turn cannot run; the bot stays up and answers the next one.
    const broken = { type: 'message', serviceUrl: h.connector.url, channelId: 'msteams', conversation: { id: 'a:x' }, text: 'status' };
    expect((await raw(JSON.stringify(broken))).status).toBeLessThan(500);
    await h.send(personalMessage(h.connector.url, ANNA, 'status'));
    expect(cardOf(h.connector.activities(`a:personal-${ANNA.id}`).at(-1)?.body ?? {})).toMatchObject({ type: 'AdaptiveCard' });
  });

  it('escapes card text from a hostile network name or reply', async () => {
    await h.teams.port.post(target(h, 3), { fallback: 'x', blocks: [{ type: 'text', text: HOSTILE }], actions: [] }, 'k');
    const block = ((cardOf(h.connector.activities().at(-1)?.body ?? {})?.body ?? []) as { text: string }[])[0];
    expect(block?.text).not.toContain('**');
    expect(block?.text).not.toContain('](');
    expect(block?.text).not.toContain('${');
    expect(block?.text).not.toContain('{{');
    expect(block?.text.replace(/\u200b/g, '')).toBe(HOSTILE);
  });
});
