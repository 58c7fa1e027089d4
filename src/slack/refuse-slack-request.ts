import type { IncomingHttpHeaders } from 'node:http';

/**
 * Slack's requests are small: a modal's submission is well under this. A
 * bound keeps a stranger (the signature is checked only after the body is
 * read) from making the bot buffer as much as they care to send.
 */
export const MAX_SLACK_BODY = 1024 * 1024;

/** Slack sends commands and interactions as forms, events as JSON; nothing else. */
const SLACK_TYPES = /^application\/(x-www-form-urlencoded|json)\s*(;|$)/i;

/** Why a request to /slack/events is refused before Bolt sees it, or undefined to let it through. */
export function refuseSlackRequest(headers: IncomingHttpHeaders): { status: 411 | 413 | 415; error: string } | undefined {
  if (!SLACK_TYPES.test(headers['content-type'] ?? '')) return { status: 415, error: 'unsupported content type' };
  const length = headers['content-length'];
  // Slack always sends Content-Length; without it the size could only be learnt by reading.
  if (length === undefined) return { status: 411, error: 'content-length required' };
  if (!/^\d+$/.test(length) || Number(length) > MAX_SLACK_BODY) return { status: 413, error: 'body too large' };
  return undefined;
}
