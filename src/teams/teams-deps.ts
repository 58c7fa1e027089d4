import type { BotContext } from '../core/bot-context';
import type { RecentKeys } from '../platform/recent-keys';
import type { TeamsPort } from './teams-port';

/** What every Teams handler needs. */
export interface TeamsDeps {
  ctx: BotContext;
  port: TeamsPort;
  seen: RecentKeys;
  /** Work that outlives the turn (a compilation); stop() waits for it. */
  background(task: Promise<void>): void;
}
