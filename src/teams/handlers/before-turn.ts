import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { rememberContact } from '../remember-contact';
import type { TeamsDeps } from '../teams-deps';

/** The key under which a re-sent activity is recognised. */
export function activityKey(activity: Partial<Activity>): string | undefined {
  if (!activity.id || (activity.type !== 'message' && activity.type !== 'invoke')) return undefined;
  return `${activity.channelId}/${activity.conversation?.id}/${activity.id}`;
}

/**
 * Before any route: drop an activity Teams sends a second time (same id),
 * so nobody gets two replies, and remember how to reach the sender.
 */
export function registerBeforeTurn(app: Application, deps: TeamsDeps): void {
  app.turn('beforeTurn', async (turn) => {
    const key = activityKey(turn.activity);
    if (key && !(await deps.seen.claim(key))) {
      deps.ctx.log.info({ type: turn.activity.type }, 'teams activity received again; ignored');
      return false;
    }
    await rememberContact(deps.ctx, turn.activity);
    return true;
  });
}
