import type { webApi } from '@slack/bolt';
import { renderDocx } from '../compile/render-docx';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Person } from '../core/person';
import type { ChannelPort, ChannelTarget, CompilationDelivery, Receipt } from '../core/port';
import { type Locale, translate } from '../i18n/translate';
import type { Logger } from '../logger';
import { deliveryErrorOf } from './delivery-error-of';
import { renderMessage, renderMessageParts, type SlackMessage } from './render/message-blocks';

/** The metadata event type that marks our posts and direct messages, so `findPosted`/`findDirect` can find them again. */
export const POST_EVENT_TYPE = 'lnb_post';
/** How far back a lookup reads a conversation: a round's post (or a nudge) is among the latest messages. */
const HISTORY_PAGES = 3;
const HISTORY_PAGE_SIZE = 200;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * The rules' ChannelPort on Slack's Web API. Rate limits are the client's
 * to handle: with `rejectRateLimitedCalls` off (the default) it pauses its
 * queue for Retry-After and tries again, up to ten times over about half
 * an hour, so 429s delay a post but never drop it. Other failures become
 * DeliveryError (whether a channel can be reached is the rules' to keep:
 * see postToChannel).
 */
export class SlackPort implements ChannelPort {
  readonly platform = 'slack' as const;
  constructor(
    private readonly client: webApi.WebClient,
    /** The program's language, read per message: the program file can be reloaded while the bot runs. */
    private readonly locale: Locale | (() => Locale),
    private readonly log: Logger,
  ) {}

  private programLocale(): Locale {
    return typeof this.locale === 'function' ? this.locale() : this.locale;
  }

  async post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt> {
    try {
      return { id: await this.sendParts(target.channel, message, key, this.programLocale()) };
    } catch (e) {
      const error = deliveryErrorOf(e);
      this.log.warn({ network: target.network, key, reason: error.reason, error: error.platformError }, 'slack post failed');
      throw error;
    }
  }

  async findPosted(target: ChannelTarget, key: string): Promise<Receipt | undefined> {
    try {
      return await this.findInHistory(target.channel, key);
    } catch (e) {
      throw deliveryErrorOf(e);
    }
  }

  /**
   * Reads the direct message with the person back (`im:history`). An install
   * whose token lacks that scope cannot tell, so it answers undefined rather
   * than failing the send for good: a possible repeat beats a lost notice.
   */
  async findDirect(userId: string, key: string): Promise<Receipt | undefined> {
    try {
      return await this.findInHistory(await this.directChannel(userId), key);
    } catch (e) {
      const error = deliveryErrorOf(e);
      if (error.platformError !== 'missing_scope') throw error;
      this.log.warn({ key }, 'slack: cannot read direct messages back (im:history missing); sending without the check');
      return undefined;
    }
  }

  /**
   * Our message with this key among the latest of a conversation (our
   * metadata on it). A post split over several messages counts only when
   * every part is there; its receipt is the first part's.
   */
  private async findInHistory(channel: string, key: string): Promise<Receipt | undefined> {
    const found = await this.scanHistory(channel, key);
    if (found.single) return { id: found.single };
    const first = found.parts.get(0);
    return first && found.total !== undefined && found.parts.size >= found.total ? { id: first } : undefined;
  }

  /** The messages with this key: one whole message, or the parts of a split post found (part → ts). */
  private async scanHistory(channel: string, key: string): Promise<{ single?: string; parts: Map<number, string>; total?: number }> {
    const parts = new Map<number, string>();
    let total: number | undefined;
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await this.client.conversations.history({
        channel,
        limit: HISTORY_PAGE_SIZE,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of (res.messages as HistoryMessage[] | undefined) ?? []) {
        const payload = m.metadata?.event_type === POST_EVENT_TYPE ? m.metadata.event_payload : undefined;
        if (payload?.key !== key || !m.ts) continue;
        if (typeof payload.parts !== 'number' || typeof payload.part !== 'number') return { single: m.ts, parts };
        total = payload.parts;
        if (!parts.has(payload.part)) parts.set(payload.part, m.ts);
        if (parts.size >= total) return { parts, total };
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) break;
    }
    return { parts, total };
  }

  async sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt> {
    try {
      const channel = await this.directChannel(userId);
      return { id: await this.send(channel, message, key, this.programLocale()) };
    } catch (e) {
      throw deliveryErrorOf(e);
    }
  }

  /** The chat version first, then the Word file in the same direct message. */
  async deliverCompilation(to: Person, delivery: CompilationDelivery): Promise<void> {
    try {
      const channel = await this.directChannel(to.userId);
      const rendered = renderMessage(delivery.message, delivery.locale);
      // Öppna i arbetsytan: our own address and words, so a link of Slack's markup rather than escaped text.
      const { workbench } = delivery;
      if (workbench && rendered.blocks.length < 50) {
        rendered.blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `<${workbench.url}|${workbench.label}>` } });
      }
      await this.postRendered(channel, rendered, { key: `summary/${delivery.fileName}` });
      await this.client.filesUploadV2({
        channel_id: channel,
        file: await renderDocx(delivery.compilation),
        filename: delivery.fileName,
        title: translate(delivery.locale, delivery.compilation.stage === 'draft' ? 'slack.summary.fileTitle' : 'slack.summary.fileTitleEdited', { number: delivery.compilation.round?.number ?? 0 }),
      });
    } catch (e) {
      throw deliveryErrorOf(e);
    }
  }

  /**
   * A channel post whole, split over several messages when it must be (see
   * renderMessageParts), each part marked with the key and its number. A
   * split post that failed part way is finished on the next try: the parts
   * already in the channel are read back and not posted again. The receipt
   * is the first part's.
   */
  private async sendParts(channel: string, message: OutgoingMessage, key: string, locale: Locale): Promise<string> {
    const parts = renderMessageParts(message, locale);
    if (parts.length === 1 && parts[0]) return this.postRendered(channel, parts[0], { key });
    const posted = (await this.scanHistory(channel, key)).parts;
    for (const [i, part] of parts.entries()) {
      if (!posted.has(i)) posted.set(i, await this.postRendered(channel, part, { key, part: i, parts: parts.length }));
    }
    const first = posted.get(0);
    if (!first) throw new Error('chat.postMessage returned no ts');
    return first;
  }

  private send(channel: string, message: OutgoingMessage, key: string, locale: Locale): Promise<string> {
    return this.postRendered(channel, renderMessage(message, locale), { key });
  }

  private async postRendered(channel: string, rendered: SlackMessage, payload: { key: string; part?: number; parts?: number }): Promise<string> {
    const res = await this.client.chat.postMessage({
      channel,
      text: rendered.text,
      blocks: rendered.blocks,
      metadata: { event_type: POST_EVENT_TYPE, event_payload: payload },
      unfurl_links: false,
      unfurl_media: false,
    });
    if (!res.ts) throw new Error('chat.postMessage returned no ts');
    return res.ts;
  }

  /** The bot's direct message with a person (conversations.open is idempotent on Slack's side). */
  private async directChannel(userId: string): Promise<string> {
    const res = await this.client.conversations.open({ users: userId });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    return id;
  }
}
