import type { TurnContext } from 'botbuilder';
import { accessOf, type Person } from '../../core/person';
import { statusMessage } from '../../core/status-message';
import type { Locale } from '../../i18n/translate';
import { teamsUnreachable } from '../reachability';
import { replyMessage } from '../reply';
import type { TeamsDeps } from '../teams-deps';
import { surfaceOf } from '../teams-invocation';

/**
 * `status`: the rules' status, with what Teams adds for those who run
 * networks: which ones the bot cannot reach, and where to install the app.
 */
export async function replyStatus(deps: TeamsDeps, turn: TurnContext, person: Person, locale: Locale): Promise<void> {
  const access = accessOf(deps.ctx.program, person);
  const unreachable = access.coordinator || access.leads.length > 0 ? await teamsUnreachable(deps, locale) : new Map<string, string>();
  // What to type is said the way it is typed here: with the @-mention in Teams, the word alone in the web chat.
  await replyMessage(turn, await statusMessage(deps.ctx, person, locale, unreachable, surfaceOf(turn.activity)));
}
