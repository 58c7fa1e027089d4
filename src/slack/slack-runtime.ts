import type { webApi } from '@slack/bolt';
import type { BotContext } from '../core/bot-context';
import type { Logger } from '../logger';
import type { BackgroundTasks } from '../platform/background-tasks';
import type { KeyClaims } from '../platform/key-claims';
import type { RecentKeys } from '../platform/recent-keys';
import type { EphemeralPoster } from './ephemeral-poster';
import type { SlackPeople } from './slack-people';
import type { SlackPort } from './slack-port';

/** What the Slack listeners share: the rules' context and the adapter's own parts. */
export interface SlackRuntime {
  ctx: BotContext;
  client: webApi.WebClient;
  /** chat.postEphemeral for the forms' confirmations, cheaper than `client`'s (which it falls back on). */
  ephemerals: EphemeralPoster;
  port: SlackPort;
  people: SlackPeople;
  tasks: BackgroundTasks;
  /**
   * Requests already handled, by trigger id: a retried delivery is acknowledged and dropped.
   * Shared between instances on Redis: Slack retries a request that was not answered in 3 s,
   * wherever it lands, and handling it again would post a second reply, summary or link.
   */
  triggers: KeyClaims;
  /**
   * Forms just opened, by person and form: a double click opens one modal. Per instance on
   * purpose: it only spares a second modal over the first within 2 s (nothing is stored or
   * posted twice, and the two clicks have different trigger ids, so `triggers` cannot tell
   * them apart); kept here, the submission's release stays a local call, and a release that
   * misses (the submission landed elsewhere) costs nothing after those 2 s.
   */
  opening: RecentKeys;
  /**
   * Submissions already confirmed, by view id: a retried submit confirms once. Shared on
   * Redis: the save is idempotent wherever it runs, the private confirmation is not.
   */
  confirmed: KeyClaims;
  log: Logger;
}
