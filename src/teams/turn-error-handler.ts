import type { TurnContext } from 'botbuilder';
import { localeFor } from '../core/bot-context';
import { asCodedError } from '../errors';
import { translate } from '../i18n/translate';
import { activityKey } from './handlers/before-turn';
import { personOf } from './person-of';
import { platformFailure } from './platform-failure';
import type { TeamsDeps } from './teams-deps';

/**
 * When a turn throws: log it (never the text), forget the activity id so a
 * re-send by Teams is handled afresh, and tell the person something went
 * wrong when they wrote a message. Invokes get their error status instead.
 */
export function turnErrorHandler(deps: TeamsDeps): (turn: TurnContext, error: Error) => Promise<void> {
  return async (turn, error) => {
    const activity = turn.activity;
    deps.ctx.log.error({ err: asCodedError(error).message, type: activity?.type ?? null }, 'teams turn failed');
    // Teams refused what the bot sent as too large: sending it again would fail again, so the
    // activity stays handled (a re-send is not answered anew) and the person is told plainly.
    const tooLarge = platformFailure(error).status === 413;
    const key = activity ? activityKey(activity) : undefined;
    if (key && !tooLarge) await deps.seen.release(key);
    const person = activity ? personOf(activity) : undefined;
    if (activity?.type !== 'message' || !person) return;
    try {
      await turn.sendActivity(translate(localeFor(deps.ctx.program, person), tooLarge ? 'teams.card.tooLarge' : 'bot.error'));
    } catch {
      // The connector is what failed, most likely; there is no one left to tell.
    }
  };
}
