import type { Activity, TurnContext } from 'botbuilder';
import { asCodedError } from '../errors';
import type { TeamsDeps } from './teams-deps';

/**
 * Puts a card in place of the one the person clicked. Some clients
 * cannot update a message (or it was deleted meanwhile): then the card
 * comes as a new message, since the person must see the outcome.
 */
export async function replaceCard(deps: TeamsDeps, turn: TurnContext, activity: Partial<Activity>): Promise<void> {
  const id = turn.activity.replyToId;
  if (id) {
    try {
      await turn.updateActivity({ ...activity, id });
      return;
    } catch (e) {
      deps.ctx.log.warn({ err: asCodedError(e).message }, 'teams card not updated; sending it anew');
    }
  }
  await turn.sendActivity(activity);
}
