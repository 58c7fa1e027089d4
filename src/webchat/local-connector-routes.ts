import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import { type RouteHandler, sendJson } from '../http/http-server';
import { BodyError, readJsonBody } from '../http/read-json-body';
import type { Logger } from '../logger';
import { LOCAL_BOT, LOCAL_CONNECTOR_PATH } from './local-bot';
import type { WebConversation, WebConversations } from './web-conversations';

/** Cards with a long compilation are the largest thing the bot sends; a few hundred kilobytes at most. */
const MAX_BODY = 4 * 1024 * 1024;

const notFound = (res: ServerResponse, what: string) => sendJson(res, 404, { error: { code: 'ConversationNotFound', message: what } });

async function activityBody(req: IncomingMessage, res: ServerResponse): Promise<Partial<Activity> | undefined> {
  try {
    const parsed = await readJsonBody(req, MAX_BODY);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Partial<Activity>;
  } catch (e) {
    if (e instanceof BodyError && e.status === 413) res.setHeader('connection', 'close');
  }
  sendJson(res, 400, { error: { code: 'BadArgument', message: 'the body must be a JSON object' } });
  return undefined;
}

const refused = (res: ServerResponse) =>
  sendJson(res, 401, { error: { code: 'Unauthorized', message: 'this conversation\'s token is missing, wrong or expired' } });

/**
 * The Bot Connector REST calls the bot makes (botbuilder's ConnectorClient,
 * at the serviceUrl of the activities the local chat hands it): send and
 * reply (POST …/activities[/{id}]), update (PUT …/activities/{id}), and
 * open a 1:1 conversation (POST /v3/conversations). What the bot sends is
 * appended to the web conversation, where the page's next poll finds it.
 *
 * The bot runs without authentication here, so its connector client signs
 * nothing. Instead the serviceUrl each activity carries names the Direct
 * Line conversation's token (`/local-connector/{token}/`), and only a call
 * under an unexpired token of the conversation it writes to is taken:
 * nothing else on the machine can put words in the bot's mouth.
 */
export function localConnectorRoutes(conversations: WebConversations, log: Logger): { post: RouteHandler; put: RouteHandler } {
  /** The token and the Bot Connector path after it: {token} / v3 / conversations / … */
  const parse = (req: IncomingMessage): { token: string; parts: string[] } => {
    const [token = '', ...parts] = new URL(req.url ?? '/', 'http://localhost').pathname
      .slice(LOCAL_CONNECTOR_PATH.length)
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    return { token, parts };
  };

  /** Whether `token` is an unexpired token of `conversation`. */
  const opens = (token: string, conversation: WebConversation | undefined) => {
    const checked = conversations.check(token);
    return conversation !== undefined && checked.ok && checked.conversation === conversation;
  };

  const asBot = (activity: Partial<Activity>): Partial<Activity> => ({
    ...activity,
    from: { id: LOCAL_BOT.id, name: LOCAL_BOT.name, role: 'bot' } as Activity['from'],
  });

  const post: RouteHandler = async (req, res) => {
    const { token, parts } = parse(req); // v3 / conversations [/ {id} / activities [/ {replyToId}]]
    if (token === 'v3') return refused(res); // no token at all: /local-connector/v3/…
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return notFound(res, 'no such endpoint');
    if (parts.length === 2) {
      // A 1:1 chat with someone: in the local chat, the conversation they have open; under a token of one of theirs.
      const checked = conversations.check(token);
      if (!checked.ok) return refused(res);
      const body = await activityBody(req, res);
      if (!body) return;
      const member = (body as { members?: { id?: string }[] }).members?.[0]?.id;
      if (member !== checked.conversation.visitor.userId) return refused(res);
      const open = conversations.list().find((c) => c.visitor.userId === member);
      if (!open) return notFound(res, 'that person has no local chat open');
      return sendJson(res, 200, { id: open.id, activityId: '' });
    }
    const conversation = conversations.get(parts[2] ?? '');
    if (!conversation || parts[3] !== 'activities' || parts.length > 5) return notFound(res, 'unknown conversation');
    if (!opens(token, conversation)) return refused(res);
    const body = await activityBody(req, res);
    if (!body) return;
    const { id: _ignored, ...rest } = body;
    const stored = conversations.append(conversation, asBot(rest));
    log.debug({ type: stored.type }, 'local chat: bot activity');
    sendJson(res, 200, { id: stored.id });
  };

  const put: RouteHandler = async (req, res) => {
    const { token, parts } = parse(req); // v3 / conversations / {id} / activities / {activityId}
    if (token === 'v3') return refused(res);
    const conversation = conversations.get(parts[2] ?? '');
    const activityId = parts[4];
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !conversation || parts[3] !== 'activities' || !activityId) {
      return notFound(res, 'unknown conversation');
    }
    if (!opens(token, conversation)) return refused(res);
    const before = conversations.find(conversation, activityId);
    if (!before) return notFound(res, 'unknown activity');
    const body = await activityBody(req, res);
    if (!body) return;
    // Same id and time: Web Chat puts the new version where the old one was.
    conversations.append(conversation, asBot({ ...body, id: activityId, timestamp: before.timestamp }));
    sendJson(res, 200, { id: activityId });
  };

  return { post, put };
}
