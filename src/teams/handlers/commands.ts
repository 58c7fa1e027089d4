import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { localeFor } from '../../core/bot-context';
import { commandHelp } from '../../core/commands/command-help';
import { resolveCommand } from '../../core/commands/resolve-command';
import { personOf } from '../person-of';
import { replyMessage, replyText } from '../reply';
import { showForm } from '../show-form';
import type { TeamsDeps } from '../teams-deps';
import { surfaceOf, teamsInvocation } from '../teams-invocation';
import { linkHere } from './link';
import { sendMyReplies } from './my-replies';
import { replyStatus } from './status';
import { startSummary } from './summary';

/**
 * A typed message, by the command table: in a channel the bot only hears
 * what @-mentions it, so every message is meant for it; a bare mention gets
 * the help, a word it does not know says so and shows the help.
 */
export async function runTeamsCommand(deps: TeamsDeps, turn: TurnContext): Promise<void> {
  const person = personOf(turn.activity);
  // A card's Action.Submit arrives as a message with a value and no text: the card routes take it.
  if (!person || (turn.activity.value !== undefined && !turn.activity.text)) return;
  const locale = localeFor(deps.ctx.program, person);
  const call = await resolveCommand(deps.ctx, await teamsInvocation(deps.ctx, person, turn.activity));
  switch (call.rule) {
    case 'refuse':
      return replyText(turn, call.message);
    case 'help':
      return replyMessage(turn, commandHelp(surfaceOf(turn.activity), locale, call.unknown));
    case 'openForm':
      return showForm(deps, turn, person, call.ref);
    case 'summary':
      return startSummary(deps, turn, person, call, locale);
    case 'link':
      return linkHere(deps, turn, person, call.network);
    case 'status':
      return replyStatus(deps, turn, person, locale);
    case 'myReplies':
      return sendMyReplies(deps, turn, person, locale);
  }
}

/** Every typed command, from the command table; registered after the card actions. */
export function registerCommands(app: Application, deps: TeamsDeps): void {
  app.activity('message', async (turn) => runTeamsCommand(deps, turn));
}
