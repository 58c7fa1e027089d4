import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import { asCodedError } from '../errors';
import { type RouteHandler, sendJson } from '../http/http-server';
import { BodyError, readJsonBody } from '../http/read-json-body';
import { isLocale, type Locale } from '../i18n/translate';
import type { Logger } from '../logger';
import type { Program } from '../program/schema';
import { LOCAL_BOT } from './local-bot';
import { jsonOnly, sameOriginOnly } from './request-guards';
import { TOKEN_LIFETIME_SECONDS, type WebConversation, type WebConversations } from './web-conversations';

export const DIRECT_LINE_PATH = '/directline/v3/directline';

/** A typed message or a card's submit is small; this bounds what a page can make us parse. */
const MAX_BODY = 256 * 1024;
const USER_ID = /^[A-Za-z0-9._:@-]{1,64}$/;

export interface DirectLineDeps {
  conversations: WebConversations;
  /** The running program, read per request: the program file can be reloaded while the bot runs. */
  program: () => Program;
  /** Where the bot takes activities (its own POST /api/messages). */
  botUrl: () => string;
  /** The serviceUrl the bot answers through: the local connector, under the conversation's token. */
  serviceUrl: (conversation: WebConversation) => string;
  log: Logger;
}

type Handler = (req: IncomingMessage, res: ServerResponse, parts: string[]) => Promise<void>;

async function body(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed = await readJsonBody(req, MAX_BODY);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    sendJson(res, 400, { error: { code: 'BadArgument', message: 'the body must be a JSON object' } });
  } catch (e) {
    if (e instanceof BodyError && e.status === 413) res.setHeader('connection', 'close');
    sendJson(res, e instanceof BodyError ? e.status : 400, { error: { code: 'BadArgument', message: 'the body must be a JSON object' } });
  }
  return undefined;
}

const bearer = (req: IncomingMessage) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];

function session(conversation: WebConversation) {
  return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS };
}

/**
 * A Direct Line 3.0 service for Web Chat, on the bot's own server: what
 * botframework-directlinejs calls when it polls (no WebSocket). Tokens are
 * random and name one conversation and one visitor; whatever the page
 * claims in `from`, the bot sees the token's visitor, as with Azure's
 * Direct Line. Each message goes to the bot through its real endpoint,
 * POST /api/messages, the same way the Bot Connector delivers Teams'.
 */
export function directLineRoutes(deps: DirectLineDeps): { get: RouteHandler; post: RouteHandler } {
  const { conversations } = deps;

  /** The conversation a request names, when its token opens it; else the answer is sent and undefined comes back. */
  function authorised(req: IncomingMessage, res: ServerResponse, id: string | undefined): WebConversation | undefined {
    const token = bearer(req);
    if (!token) {
      sendJson(res, 401, { error: { code: 'BadArgument', message: 'no token' } });
      return undefined;
    }
    const checked = conversations.check(token);
    if (!checked.ok && checked.reason === 'expired') {
      sendJson(res, 403, { error: { code: 'TokenExpired', message: 'the token has expired; ask for a new one' } });
      return undefined;
    }
    const conversation = id === undefined ? (checked.ok ? checked.conversation : undefined) : conversations.get(id);
    if (!conversation) {
      sendJson(res, id === undefined ? 403 : 404, { error: { code: id === undefined ? 'TokenInvalid' : 'BadArgument', message: 'unknown conversation' } });
      return undefined;
    }
    if (id !== undefined && (!checked.ok || checked.conversation !== conversation)) {
      sendJson(res, 403, { error: { code: 'TokenInvalid', message: 'the token does not open this conversation' } });
      return undefined;
    }
    return conversation;
  }

  const generate: Handler = async (req, res) => {
    // Each token makes a conversation: only the page may ask, and only with JSON (see request-guards).
    if (!jsonOnly(req, res)) return;
    const b = await body(req, res);
    if (!b) return;
    const user = b.user as { id?: unknown; name?: unknown } | undefined;
    const program = deps.program();
    const network = program.networks.find((n) => n.id === b.network);
    if (typeof user?.id !== 'string' || !USER_ID.test(user.id) || !network) {
      return sendJson(res, 400, { error: { code: 'BadArgument', message: 'give user.id (letters, digits, . _ : @ -) and a network of the program' } });
    }
    const locale: Locale = isLocale(b.locale) ? b.locale : program.program.locale;
    const name = typeof user.name === 'string' && user.name.trim() ? user.name.trim().slice(0, 100) : user.id;
    const conversation = conversations.create({ userId: user.id, name, network: network.id, locale });
    deps.log.info({ network: network.id }, 'local chat token issued');
    sendJson(res, 200, session(conversation));
  };

  const refresh: Handler = async (req, res) => {
    const conversation = authorised(req, res, undefined);
    if (!conversation) return;
    conversations.refresh(conversation);
    sendJson(res, 200, session(conversation));
  };

  const start: Handler = async (req, res) => {
    const conversation = authorised(req, res, undefined);
    if (!conversation) return;
    const fresh = !conversation.started;
    conversations.start(conversation);
    sendJson(res, fresh ? 201 : 200, session(conversation));
  };

  const reconnect: Handler = async (req, res, parts) => {
    const conversation = authorised(req, res, parts[1]);
    if (conversation) sendJson(res, 200, session(conversation));
  };

  const poll: Handler = async (req, res, parts) => {
    const conversation = authorised(req, res, parts[1]);
    if (!conversation) return;
    const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? '';
    const watermark = /^\d+$/.test(raw) ? Number(raw) : 0;
    sendJson(res, 200, conversations.since(conversation, watermark));
  };

  const post: Handler = async (req, res, parts) => {
    const conversation = authorised(req, res, parts[1]);
    if (!conversation) return;
    if (!jsonOnly(req, res)) return;
    const b = await body(req, res);
    if (!b) return;
    if (typeof b.type !== 'string') return sendJson(res, 400, { error: { code: 'BadArgument', message: 'an activity needs a type' } });
    conversations.start(conversation);
    const { visitor } = conversation;
    // A card's button: which card it was on, as Teams tells the bot (the page cannot say).
    const cardId = b.value !== undefined ? conversations.cardSubmitted(conversation, b.value) : undefined;
    // Only what a person's client may say; identity, addresses and time are the service's.
    const activity = conversations.append(conversation, {
      type: b.type,
      ...(typeof b.text === 'string' ? { text: b.text } : {}),
      ...(typeof b.textFormat === 'string' ? { textFormat: b.textFormat } : {}),
      ...(b.value !== undefined ? { value: b.value } : {}),
      ...(typeof b.name === 'string' ? { name: b.name } : {}),
      ...(cardId ? { replyToId: cardId } : {}),
      // The network the conversation stands for is the token's, whatever the page says (see teams-invocation).
      channelData: { ...(b.channelData && typeof b.channelData === 'object' ? b.channelData : {}), lnbNetwork: visitor.network },
      locale: typeof b.locale === 'string' ? b.locale : visitor.locale,
      from: { id: visitor.userId, name: visitor.name, role: 'user' },
      recipient: { id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' },
      serviceUrl: deps.serviceUrl(conversation),
    } as Partial<Activity>);
    // Typing indicators are shown, not answered; the bot has nothing to do with them.
    if (b.type === 'typing') return sendJson(res, 200, { id: activity.id });
    try {
      const answer = await fetch(deps.botUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(30_000),
      });
      if (answer.status >= 300) throw new Error(`the bot answered ${answer.status}`);
      sendJson(res, 200, { id: activity.id });
    } catch (e) {
      deps.log.warn({ err: asCodedError(e).message }, 'local chat message not taken by the bot');
      sendJson(res, 502, { error: { code: 'BotError', message: 'the bot did not take the message' } });
    }
  };

  const dispatch = (routes: Record<string, Handler>): RouteHandler => {
    return async (req, res) => {
      if (!sameOriginOnly(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (!path.startsWith(`${DIRECT_LINE_PATH}/`)) return sendJson(res, 404, { error: 'not found' });
      const parts = path.slice(DIRECT_LINE_PATH.length + 1).split('/').map(decodeURIComponent);
      // conversations/{id}/activities → conversations/:id/activities
      const shape = parts.map((p, i) => (parts[0] === 'conversations' && i === 1 ? ':id' : p)).join('/');
      const handler = routes[shape];
      if (!handler) return sendJson(res, 404, { error: 'not found' });
      await handler(req, res, parts);
    };
  };

  return {
    post: dispatch({
      'tokens/generate': generate,
      'tokens/refresh': refresh,
      conversations: start,
      'conversations/:id/activities': post,
    }),
    get: dispatch({ 'conversations/:id': reconnect, 'conversations/:id/activities': poll }),
  };
}
