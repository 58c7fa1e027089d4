import type { TurnContext } from 'botbuilder';
import type { Person } from '../../core/person';
import { deliverSummary } from '../../core/summary-request';
import type { Locale } from '../../i18n/translate';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * A summary the rules allowed: the answer comes at once; the compilation,
 * which takes a while, follows in the person's personal chat with a link
 * to the Word file.
 */
export async function startSummary(deps: TeamsDeps, turn: TurnContext, person: Person, call: { scope: { round: number; network?: string }; message: string }, locale: Locale): Promise<void> {
  await replyText(turn, call.message);
  // The rules deliver through ctx.ports.teams, which start-up registered (app/start-bot.ts).
  deps.tasks.run('teams summary', () => deliverSummary(deps.ctx, person, call.scope, locale));
}
