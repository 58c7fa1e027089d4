/**
 * What botbuilder accepts from the Bot Connector: RS256, RS384 or RS512
 * (AuthenticationConstants.AllowedSigningAlgorithms). A token signed any
 * other way (`alg: none`, or HS256 with the public key as the secret) is
 * refused here, before botbuilder: it would throw a plain JsonWebTokenError
 * (a 500) and print its key list to stderr.
 */
const ALLOWED = new Set(['RS256', 'RS384', 'RS512']);

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an Authorization header could be a connector's token (the signature is botbuilder's to check). */
export function plausibleBearer(header: string): boolean {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header.trim());
  if (!match?.[1] || !match[2] || !match[3]) return false;
  const head = decodePart(match[1]);
  return typeof head?.alg === 'string' && ALLOWED.has(head.alg) && typeof head.kid === 'string' && decodePart(match[2]) !== undefined;
}

/** jsonwebtoken's own errors: a token botbuilder could not verify, which is the caller's fault. */
export function isTokenError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}

const QUIET = Symbol.for('lnb.quietBotbuilderKeys');

/**
 * botbuilder's JwtTokenExtractor writes "Error finding key for token.
 * Available keys: <PEM>" (and an expired token's error) straight to
 * console.error for every token it cannot verify: anyone could flood stderr
 * with it. Those two lines are dropped; everything else passes through.
 */
export function quietBotbuilderKeyLog(): void {
  const current = console.error as typeof console.error & { [QUIET]?: true };
  if (current[QUIET]) return;
  const quiet = Object.assign(
    (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && first.startsWith('Error finding key for token')) return;
      if (args.length === 1 && (first as { name?: unknown } | null)?.name === 'TokenExpiredError') return;
      current(...args);
    },
    { [QUIET]: true as const },
  );
  console.error = quiet;
}
