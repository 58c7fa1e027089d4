import type { IncomingMessage } from 'node:http';
import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import { verifySlackRequest } from '@slack/bolt';
import type { Clock } from '../clock';
import { MAX_SLACK_BODY } from './refuse-slack-request';

/** Slack's guidance: refuse a request whose time stamp is more than five minutes from ours, either way. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type SlackRequestCheck = { ok: true; rawBody: Buffer } | { ok: false; status: 400 | 401 | 413; error: string };

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_SLACK_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as Bolt will parse it (an interaction's `payload` field, else the form, else JSON); undefined when it cannot. */
function parseLikeBolt(text: string, form: ParsedUrlQuery | undefined): unknown {
  try {
    if (form) return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Slack's SSL check: unsigned by design, and Bolt answers it without running anything. */
const isSslCheck = (form: ParsedUrlQuery | undefined): boolean => form?.ssl_check === '1';

/**
 * Reads and checks a request to /slack/events before Bolt sees it: the
 * time stamp within five minutes of now in either direction (Bolt refuses
 * only old ones), the signature over the body, and a body that is an object
 * (a signed `null`, or `payload=null`, made Bolt throw outside any handler
 * and ended the process). The body read here is handed to Bolt as
 * `rawBody`, which it uses instead of reading the stream again.
 */
export async function checkSlackRequest(req: IncomingMessage, signingSecret: string, clock: Clock): Promise<SlackRequestCheck> {
  const rawBody = await readBody(req);
  if (!rawBody) return { ok: false, status: 413, error: 'body too large' };
  const text = rawBody.toString('utf8');
  // A form body is parsed once here, for the SSL check and the shape (it was parsed twice: a fifth of this check's time).
  const form = req.headers['content-type'] === 'application/x-www-form-urlencoded' ? parseQuery(text) : undefined;
  // Only the check itself goes on: anything else in an unsigned body must not reach a listener.
  if (isSslCheck(form)) return { ok: true, rawBody: Buffer.from('ssl_check=1') };
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  const signature = req.headers['x-slack-signature'];
  const nowMs = clock.now().getTime();
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_S || typeof signature !== 'string') {
    return { ok: false, status: 401, error: 'unauthorized' };
  }
  try {
    verifySlackRequest({ signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp }, nowMilliseconds: nowMs });
  } catch {
    return { ok: false, status: 401, error: 'unauthorized' };
  }
  if (!isObject(parseLikeBolt(text, form))) return { ok: false, status: 400, error: 'malformed body' };
  return { ok: true, rawBody };
}
