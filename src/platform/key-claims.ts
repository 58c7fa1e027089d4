/**
 * A set of request keys with an expiry, to act on a request once: the first
 * `claim` of a key wins, a repeat within the window loses. In memory
 * (RecentKeys) or shared between instances through the store (see
 * recentClaims).
 */
export interface KeyClaims {
  /** True the first time a key is claimed within the window, false for a repeat. */
  claim(key: string): Promise<boolean>;
  /** Forgets a key this instance claimed, so a failed attempt can be made again at once. */
  release(key: string): Promise<void>;
}
