import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import type { Clock } from '../clock';
import { MAX_SLACK_BODY } from './refuse-slack-request';

/** Slack's guidance: refuse a request whose time stamp is more than five minutes from ours, either way. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type SlackRequestCheck = { ok: true; rawBody: Buffer } | { ok: false; status: 400 | 401 | 413; error: string };

/**
 * The whole body, or undefined once it is larger than MAX_SLACK_BODY (the
 * rest is then read and dropped). Read with the stream's events: an async
 * iterator over the request cost more than the rest of the check.
 */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_SLACK_BODY) chunks.push(chunk);
      else {
        chunks.length = 0;
        req.off('data', onData);
        req.resume();
        resolve(undefined);
      }
    };
    req.on('data', onData);
    req.once('end', () => resolve(size <= MAX_SLACK_BODY ? Buffer.concat(chunks, size) : undefined));
    req.once('error', reject);
    // Closed before its end (the client went away): nothing to check. After a resolve this does nothing.
    req.once('close', () => reject(new Error('the request closed before its end')));
  });
}

/**
 * Whether `signature` is Slack's v0 signature of `body` sent at `timestamp`
 * (an HMAC-SHA256 with the signing secret), compared in constant time.
 */
function signedBySlack(signingSecret: string, timestamp: number, body: string, signature: string): boolean {
  if (!signingSecret) return false;
  const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
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
  if (!signedBySlack(signingSecret, timestamp, text, signature)) return { ok: false, status: 401, error: 'unauthorized' };
  if (!isObject(parseLikeBolt(text, form))) return { ok: false, status: 400, error: 'malformed body' };
  return { ok: true, rawBody };
}
