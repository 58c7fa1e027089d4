import type { TurnContext } from 'botbuilder';
import { type CommandName, parseCommand } from './parse-command';

/** A teams-ai route selector for one typed command. */
export function commandSelector(name: CommandName): (turn: TurnContext) => Promise<boolean> {
  return async (turn) => turn.activity.type === 'message' && parseCommand(turn.activity.text).name === name;
}
