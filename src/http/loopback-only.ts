import { type RouteHandler, sendJson } from './http-server';

/** Whether a peer address is this machine (IPv4, IPv6, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** Whether a Host header names this machine: `127.0.0.1:3978`, `localhost`, `[::1]:3978`. */
export function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * The local trial has no authentication: the chat hands out tokens for any
 * identity, coordinator included, its connector accepts anything claiming
 * to be the bot, and the Teams endpoint runs without Bot Framework tokens.
 * Fine for one person trying the bot on their own machine, never for a
 * network. The server only listens on loopback then; this refuses a stray
 * request from elsewhere all the same, and one whose Host header names
 * another site (a web page that rebinds its own name to 127.0.0.1 to read
 * the answers).
 */
export function loopbackOnly(handler: RouteHandler): RouteHandler {
  return (req, res) => {
    if (!isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackHost(req.headers.host)) {
      return sendJson(res, 403, { error: 'without authentication this endpoint answers this machine only' });
    }
    return handler(req, res);
  };
}
