import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Platform } from '../core/person';
import { PLATFORMS } from '../replies/reply';

/** An hour, as the issue asks: enough to open the link after the summary, short enough not to linger. */
export const WORKBENCH_LINK_TTL_MS = 60 * 60 * 1000;

/** Who and what a workbench link is for. */
export interface LinkClaims {
  platform: Platform;
  userId: string;
  program: string;
  round: number;
  /** A leader's link names their network; a coordinator's is for the whole round. */
  network?: string;
  /** Epoch ms. */
  expiresAt: number;
  /** The link's random id: it is exchanged once, then recorded as used. */
  id: string;
}

const sign = (secret: string, payload: string) =>
  createHmac('sha256', Buffer.from(secret, 'base64url')).update(`workbench.${payload}`).digest('base64url');

/** A fresh random link id (128 bits). */
export const newLinkId = (): string => randomBytes(16).toString('base64url');

/**
 * The token in a workbench link: the claims as base64url JSON, a dot and an
 * HMAC-SHA256 over them with the store's signing secret (the one download
 * links use, prefixed so a download token can never pass for a workbench one).
 */
export function mintToken(secret: string, claims: LinkClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

const TOKEN = /^([A-Za-z0-9_-]{10,2000})\.([A-Za-z0-9_-]{43})$/;

function isClaims(x: unknown): x is LinkClaims {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    PLATFORMS.includes(c.platform as Platform) &&
    typeof c.userId === 'string' &&
    typeof c.program === 'string' &&
    Number.isInteger(c.round) &&
    (c.network === undefined || typeof c.network === 'string') &&
    typeof c.expiresAt === 'number' &&
    typeof c.id === 'string'
  );
}

export type TokenCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' };

/** The claims of a genuine, unexpired token; a changed byte or a passed expiry gets nothing. */
export function checkToken(secret: string | undefined, token: string, now: Date): TokenCheck {
  const [, payload, sig] = TOKEN.exec(token) ?? [];
  if (!secret || !payload || !sig) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!isClaims(claims)) return { ok: false, reason: 'invalid' };
  if (!(claims.expiresAt > now.getTime())) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
