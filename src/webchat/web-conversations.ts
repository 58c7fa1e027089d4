import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Clock } from '../clock';
import type { Locale } from '../i18n/translate';

/** Who is at the keyboard of one web conversation: chosen on the page, fixed by its token. */
export interface Visitor {
  userId: string;
  name: string;
  /** The network whose channel posts the visitor sees. */
  network: string;
  locale: Locale;
}

/** One Direct Line conversation, kept in memory: the local chat is a trial and lives as long as the process. */
export interface WebConversation {
  id: string;
  /** The newest token: what generate and refresh hand out. */
  token: string;
  /** Every token still valid for it and when each expires (ms since the epoch, by the injected clock). */
  tokens: Map<string, number>;
  visitor: Visitor;
  /** The most recent activities, in order. */
  activities: Partial<Activity>[];
  /** How many older ones were dropped: a watermark counts from the first activity ever. */
  dropped: number;
  /** Set once the client opened it (POST /conversations): the relay replays history then, and only once. */
  started: boolean;
}

/** Enough for a handful of people switching roles; past it expired, then never-opened, then the oldest go first. */
const MAX_CONVERSATIONS = 200;
/** How long a token lasts, as Direct Line's `expires_in` says; the page refreshes well before (tokens/refresh). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** What a bearer token says: the conversation it opens, or that it has expired. */
export type TokenCheck = { ok: true; conversation: WebConversation } | { ok: false; reason: 'unknown' | 'expired' };
/** A conversation keeps its most recent activities; a client further behind starts again from the oldest kept. */
const MAX_ACTIVITIES = 1000;

/**
 * The Direct Line side of the local chat: conversations, their tokens and
 * their activity lists. Ids look like Direct Line's own (`<conversation>|<seq>`),
 * so the bot sees nothing unusual. An updated activity is appended again under
 * its id: Web Chat replaces an activity it already shows when the same id
 * arrives, which is how an edited card reaches the page.
 */
export class WebConversations {
  private readonly conversations = new Map<string, WebConversation>();
  private readonly listeners = new Set<(conversation: WebConversation) => void>();
  private seq = 0;

  constructor(private readonly clock: Clock) {}

  create(visitor: Visitor): WebConversation {
    const conversation: WebConversation = {
      id: randomBytes(12).toString('base64url'),
      token: '',
      tokens: new Map(),
      visitor,
      activities: [],
      dropped: 0,
      started: false,
    };
    this.refresh(conversation);
    this.conversations.set(conversation.id, conversation);
    this.evict();
    return conversation;
  }

  /**
   * A new token for the conversation, valid for TOKEN_LIFETIME_SECONDS from now. The
   * older ones keep their own expiry (as Direct Line's do): an answer on its way to the
   * bot under the old token still arrives.
   */
  refresh(conversation: WebConversation): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    // Expired ones are kept until then, so using one says "expired" rather than "unknown".
    for (const [old, expiresAt] of conversation.tokens) if (expiresAt <= now) conversation.tokens.delete(old);
    conversation.tokens.set(token, now + TOKEN_LIFETIME_SECONDS * 1000);
    conversation.token = token;
    return token;
  }

  /** Past the limit: conversations whose tokens have all expired, then ones never opened, then the oldest. */
  private evict(): void {
    const now = this.clock.now().getTime();
    const order = [
      (c: WebConversation) => [...c.tokens.values()].every((at) => at <= now),
      (c: WebConversation) => !c.started,
      () => true,
    ];
    for (const pick of order) {
      for (const conversation of this.conversations.values()) {
        if (this.conversations.size <= MAX_CONVERSATIONS) return;
        if (pick(conversation)) this.conversations.delete(conversation.id);
      }
    }
  }

  get(id: string): WebConversation | undefined {
    return this.conversations.get(id);
  }

  /** The conversation a bearer token opens, unless it has expired; constant-time, since the token is the only credential. */
  check(token: string): TokenCheck {
    const given = Buffer.from(token);
    const now = this.clock.now().getTime();
    for (const conversation of this.conversations.values()) {
      for (const [candidate, expiresAt] of conversation.tokens) {
        const expected = Buffer.from(candidate);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) continue;
        return expiresAt > now ? { ok: true, conversation } : { ok: false, reason: 'expired' };
      }
    }
    return { ok: false, reason: 'unknown' };
  }

  /** The conversation a valid (unexpired) bearer token opens. */
  byToken(token: string): WebConversation | undefined {
    const checked = this.check(token);
    return checked.ok ? checked.conversation : undefined;
  }

  /** Marks a conversation opened and tells listeners (the relay) once. */
  start(conversation: WebConversation): void {
    if (conversation.started) return;
    conversation.started = true;
    for (const listener of this.listeners) listener(conversation);
  }

  onStart(listener: (conversation: WebConversation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Open conversations, newest first. */
  list(): WebConversation[] {
    return [...this.conversations.values()].filter((c) => c.started).reverse();
  }

  /** Appends an activity, giving it an id and a timestamp unless it is an update of one already there. */
  append(conversation: WebConversation, activity: Partial<Activity>): Partial<Activity> {
    const stored: Partial<Activity> = {
      ...activity,
      id: activity.id ?? `${conversation.id}|${String(++this.seq).padStart(7, '0')}`,
      timestamp: activity.timestamp ?? this.clock.now(),
      channelId: 'webchat',
      conversation: { id: conversation.id } as Activity['conversation'],
    };
    conversation.activities.push(stored);
    const excess = conversation.activities.length - MAX_ACTIVITIES;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.dropped += excess;
    }
    return stored;
  }

  /** The stored activity with this id, latest version. */
  find(conversation: WebConversation, id: string): Partial<Activity> | undefined {
    for (let i = conversation.activities.length - 1; i >= 0; i--) {
      if (conversation.activities[i]?.id === id) return conversation.activities[i];
    }
    return undefined;
  }

  /**
   * The card a submit came from: the newest card the bot has showing (the
   * latest version of each activity) with a Submit whose data the value
   * holds. Teams says which message a card's button was on (replyToId);
   * Web Chat does not, so the service finds it, and the bot can put its
   * answer (a refused form, the confirmation) in that card's place.
   */
  cardSubmitted(conversation: WebConversation, value: unknown): string | undefined {
    if (!value || typeof value !== 'object') return undefined;
    const sent = value as Record<string, unknown>;
    const holds = (data: unknown) =>
      !!data &&
      typeof data === 'object' &&
      Object.entries(data).every(([key, v]) => JSON.stringify(sent[key]) === JSON.stringify(v));
    const seen = new Set<string | undefined>();
    for (let i = conversation.activities.length - 1; i >= 0; i--) {
      const activity = conversation.activities[i];
      if (!activity || seen.has(activity.id)) continue;
      seen.add(activity.id);
      if (activity.from?.role !== 'bot') continue;
      for (const attachment of activity.attachments ?? []) {
        const actions = (attachment.content as { actions?: { type?: string; data?: unknown }[] } | undefined)?.actions ?? [];
        if (actions.some((a) => a.type === 'Action.Submit' && holds(a.data))) return activity.id;
      }
    }
    return undefined;
  }

  /** Activities after `watermark` and the watermark to ask with next. */
  since(conversation: WebConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const from = Math.max(0, watermark - conversation.dropped);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.dropped + conversation.activities.length) };
  }
}
