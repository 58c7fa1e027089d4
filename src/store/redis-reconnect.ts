/** How often a Redis client tries to reach its server before it has ever been connected. */
export const FIRST_CONNECT_TRIES = 3;

/**
 * node-redis's reconnect strategy for the store's clients. Before the first
 * connection a few quick tries, then a clear error, so that a server that is
 * down or wrongly named fails the start instead of being waited for without
 * end; once connected, the client keeps reconnecting in the background
 * (every command meanwhile fails at once: the offline queue is off).
 *
 * The error is made here, in this realm: node-redis tells an error from a
 * delay by `instanceof Error`, which the socket's own error fails under
 * Jest's VM; a strategy returning it would be replaced by node-redis's
 * default, which retries forever.
 */
export function redisReconnect(connected: () => boolean, what: string) {
  return (retries: number, cause: Error | undefined): number | Error => {
    if (connected()) return Math.min(100 + retries * 200, 2_000);
    if (retries + 1 < FIRST_CONNECT_TRIES) return 100 * (retries + 1);
    const reason = cause?.message || 'no answer';
    return new Error(`${what}: Redis did not answer after ${FIRST_CONNECT_TRIES} tries (${reason}); check that the server runs and STORE_URL names it`, {
      cause,
    });
  };
}
