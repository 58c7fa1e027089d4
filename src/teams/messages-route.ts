import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { asCodedError } from '../errors';
import { type RouteHandler, sendJson } from '../http/http-server';
import { BodyError, readJsonBody } from '../http/read-json-body';
import { inRequest, type Logger } from '../logger';
import type { LnbTeamsAdapter } from './lnb-teams-adapter';

/** Teams' activities are small; a megabyte is generous and bounds what a stranger can make us parse. */
const MAX_BODY = 1024 * 1024;

/** The fields every turn needs; without them the connector could not be called back. */
function asActivity(body: unknown): Activity | undefined {
  const a = body as Partial<Activity> | null;
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return undefined;
  if (typeof a.type !== 'string' || typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return undefined;
  if (typeof a.conversation?.id !== 'string') return undefined;
  // What botbuilder's own request validation does: dates arrive as strings.
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = (a as Record<string, unknown>)[field];
    if (typeof raw === 'string') Object.assign(a, { [field]: new Date(raw) });
  }
  return a as Activity;
}

const isAuthError = (e: unknown) => {
  const status = (e as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
};

/**
 * POST /api/messages: the Bot Connector's calls. The adapter checks the
 * JWT (unless authentication is off, in local mode) before the turn runs;
 * a bad token is 401 and nothing else happens.
 */
export function messagesRoute(
  adapter: LnbTeamsAdapter,
  logic: (turn: TurnContext) => Promise<void>,
  log: Logger,
  stopped: () => boolean,
): RouteHandler {
  return async (req, res) => {
    if (stopped()) return sendJson(res, 503, { error: 'stopping' });
    // The connector always sends JSON. Refusing anything else also keeps a web page from
    // posting to a local-mode bot (no token) on loopback: a JSON post needs a CORS preflight
    // this server never grants, a text/plain one does not.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return sendJson(res, 415, { error: 'content-type must be application/json' });
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, MAX_BODY);
    } catch (e) {
      // The rest of an oversized body is never read: the connection closes after this answer.
      if (e instanceof BodyError && e.status === 413) res.setHeader('connection', 'close');
      return sendJson(res, e instanceof BodyError ? e.status : 400, { error: e instanceof Error ? e.message : 'bad request' });
    }
    const activity = asActivity(body);
    if (!activity) return sendJson(res, 400, { error: 'not an activity' });
    // Every line this activity's handling logs carries its id.
    return inRequest({ req: typeof activity.id === 'string' && activity.id !== '' ? activity.id.slice(0, 100) : `teams-${randomUUID()}` }, async () => {
      try {
        const result = await adapter.handle(req.headers.authorization ?? '', activity, logic);
        if (result?.body !== undefined) return sendJson(res, result.status, result.body);
        res.writeHead(result?.status ?? 200).end();
      } catch (e) {
        if (isAuthError(e)) {
          log.warn({ type: activity.type }, 'teams request refused: no valid token');
          return sendJson(res, 401, { error: 'unauthorized' });
        }
        log.error({ err: asCodedError(e).message, type: activity.type }, 'teams request failed');
        sendJson(res, 500, { error: 'internal error' });
      }
    });
  };
}
