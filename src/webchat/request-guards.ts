import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/http-server';

/**
 * Whether a request comes from the trial's own page or from no page at all.
 * A browser names the page in `Origin` (and, in current browsers, says
 * `Sec-Fetch-Site`); the page itself is served from this very host, so its
 * origin is `http://` plus the Host header. Another site's page, or a file
 * opened from disk (`Origin: null`), is refused.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${req.headers.host ?? ''}`.toLowerCase();
}

/** Refuses (403) a request another site's page made; true when it may go on. */
export function sameOriginOnly(req: IncomingMessage, res: ServerResponse): boolean {
  if (isSameOrigin(req)) return true;
  req.resume();
  sendJson(res, 403, { error: { code: 'BadArgument', message: 'only the local trial page may call this' } });
  return false;
}

/**
 * Refuses (415) a body that is not declared JSON. A page may send a
 * `text/plain` POST anywhere without asking; a JSON one needs a CORS
 * preflight this server never grants.
 */
export function jsonOnly(req: IncomingMessage, res: ServerResponse): boolean {
  if (/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return true;
  req.resume();
  sendJson(res, 415, { error: { code: 'BadArgument', message: 'content-type must be application/json' } });
  return false;
}
