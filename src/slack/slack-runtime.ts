import type { webApi } from '@slack/bolt';
import type { BotContext } from '../core/bot-context';
import type { Logger } from '../logger';
import type { RecentKeys } from '../platform/recent-keys';
import type { BackgroundTasks } from './background-tasks';
import type { SlackPeople } from './slack-people';
import type { SlackPort } from './slack-port';

/** What the Slack listeners share: the rules' context and the adapter's own parts. */
export interface SlackRuntime {
  ctx: BotContext;
  client: webApi.WebClient;
  port: SlackPort;
  people: SlackPeople;
  tasks: BackgroundTasks;
  /** Requests already handled, by trigger id: a retried delivery is acknowledged and dropped. */
  triggers: RecentKeys;
  /** Forms just opened, by person and form: a double click opens one modal. */
  opening: RecentKeys;
  /** Submissions already confirmed, by view id: a retried submit confirms once. */
  confirmed: RecentKeys;
  log: Logger;
}
