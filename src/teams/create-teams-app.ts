import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { registerHandlers } from './handlers/register-handlers';
import type { TeamsDeps } from './teams-deps';

/**
 * The teams-ai Application with our routes. No AI planner: the bot's
 * answers are rules, not generated. Card buttons are routed by their `lnb`
 * field. No typing indicator: answers are quick, and the indicator would
 * be one more connector call per message to throttle.
 */
export function createTeamsApp(deps: TeamsDeps, adapter?: TeamsAdapter, appId?: string): Application {
  const app = new Application({
    ...(adapter ? { adapter } : {}),
    ...(appId ? { botAppId: appId } : {}),
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
    adaptiveCards: { actionSubmitFilter: 'lnb' },
  });
  registerHandlers(app, deps);
  return app;
}
