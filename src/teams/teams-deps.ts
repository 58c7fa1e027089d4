import type { BotContext } from '../core/bot-context';
import type { BackgroundTasks } from '../platform/background-tasks';
import type { KeyClaims } from '../platform/key-claims';
import type { TeamsPort } from './teams-port';

/** What every Teams handler needs. */
export interface TeamsDeps {
  ctx: BotContext;
  port: TeamsPort;
  /**
   * Activity ids already handled. Shared between instances on Redis: Teams sends an activity
   * again when the bot was slow to answer, to whichever instance, and handling it twice
   * would answer or summarise twice.
   */
  seen: KeyClaims;
  /** Work that outlives the turn (a compilation); stop() waits for it. */
  tasks: BackgroundTasks;
}
