import { asCodedError } from '../errors';

/** What a failed Bot Connector call tells us, whatever shape the SDK gave the error. */
export interface PlatformFailure {
  status: number | undefined;
  /** The connector's error code, e.g. `BotNotInConversationRoster`. */
  code: string | undefined;
  /** The Retry-After header as sent (seconds or an HTTP date), when the connector sent one: see retryAfterMs. */
  retryAfter: string | undefined;
  message: string;
}

type HeaderBag = { get?: (name: string) => string | undefined | null } & Record<string, unknown>;

function header(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const viaGet = typeof headers.get === 'function' ? headers.get(name) : undefined;
  const value = viaGet ?? headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** How long Retry-After asks to wait, in milliseconds from `now`: it is seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}

function bodyCode(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown } };
    return typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
  } catch {
    return undefined;
  }
}

export function platformFailure(e: unknown): PlatformFailure {
  const err = (e ?? {}) as {
    statusCode?: unknown;
    status?: unknown;
    code?: unknown;
    message?: unknown;
    response?: { status?: unknown; headers?: HeaderBag; bodyAsText?: unknown };
  };
  const rawStatus = err.statusCode ?? err.response?.status ?? err.status;
  const status = typeof rawStatus === 'number' ? rawStatus : undefined;
  const code = bodyCode(err.response?.bodyAsText) ?? (typeof err.code === 'string' ? err.code : undefined);
  return {
    status,
    code,
    retryAfter: header(err.response?.headers, 'retry-after'),
    message: asCodedError(e).message,
  };
}

/** Teams throttles with 429 and, under load, 412 (a stale write), 502 and 504; those pass if tried again. */
export function isTransient(f: PlatformFailure): boolean {
  return f.status !== undefined && [412, 429, 502, 503, 504].includes(f.status);
}

/** The bot is not in that team or chat (any more), or it was deleted: only a person can fix that. */
export function isUnreachable(f: PlatformFailure): boolean {
  return (
    f.status === 403 ||
    f.status === 404 ||
    f.code === 'BotNotInConversationRoster' ||
    f.code === 'ConversationNotFound' ||
    f.code === 'BotDisabledByAdmin'
  );
}
