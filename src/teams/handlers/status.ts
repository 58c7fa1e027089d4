import type { TurnContext } from 'botbuilder';
import { accessOf, type Person } from '../../core/person';
import { statusMessage } from '../../core/status-message';
import type { Locale } from '../../i18n/translate';
import { teamsInstallNotes } from '../install-notes';
import { replyMessage } from '../reply';
import type { TeamsDeps } from '../teams-deps';
import { surfaceOf } from '../teams-invocation';

/**
 * `status`: the rules' status, with what Teams adds for those who run
 * networks: where to install the app for those the bot cannot reach.
 */
export async function replyStatus(deps: TeamsDeps, turn: TurnContext, person: Person, locale: Locale): Promise<void> {
  const access = accessOf(deps.ctx.program, person);
  const notes = access.coordinator || access.leads.length > 0 ? await teamsInstallNotes(deps.ctx, deps.port, locale) : new Map<string, string>();
  // What to type is said the way it is typed here: with the @-mention in Teams, the word alone in the web chat.
  await replyMessage(turn, await statusMessage(deps.ctx, person, locale, notes, surfaceOf(turn.activity)));
}
