import type { SlashCommand } from '@slack/bolt';
import type { AnswerPlace } from '../../../core/answer-network';
import type { BotContext } from '../../../core/bot-context';
import { networkOfChannel } from '../../../core/channel-of';
import { COMMANDS } from '../../../core/commands/command-table';
import { parseCommandText } from '../../../core/commands/parse-command-text';
import type { CommandInvocation } from '../../../core/commands/resolve-command';
import type { Person } from '../../../core/person';

/** Whether Slack says the command was typed in a direct message with the bot. */
export function isDirectMessage(channelId: string, channelName?: string): boolean {
  return channelId.startsWith('D') || channelName === 'directmessage';
}

/** Where in Slack something happened: a DM is a personal chat, any other channel is the network's it is linked to (if any). */
export async function slackPlace(ctx: BotContext, channelId: string, channelName?: string): Promise<AnswerPlace> {
  if (isDirectMessage(channelId, channelName)) return { kind: 'personal' };
  return { kind: 'channel', network: (await networkOfChannel(ctx, 'slack', channelId))?.id };
}

/**
 * A slash command as the command table reads it: `/lnb <word> …` by its
 * first word, a slash command of its own (`/summary …`) by the table's
 * `slackSlash`, with everything typed after it as the arguments.
 */
export async function slackInvocation(ctx: BotContext, person: Person, command: SlashCommand): Promise<CommandInvocation> {
  const place = await slackPlace(ctx, command.channel_id, command.channel_name);
  const own = COMMANDS.find((c) => c.slackSlash === command.command);
  if (own) return { person, surface: 'slack', place, name: own.name, word: own.name, args: command.text.trim().split(/\s+/).filter(Boolean) };
  const parsed = parseCommandText(command.text);
  return { person, surface: 'slack', place, ...parsed };
}
