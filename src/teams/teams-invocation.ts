import type { Activity } from 'botbuilder';
import type { AnswerPlace } from '../core/answer-network';
import type { BotContext } from '../core/bot-context';
import { networkOfChannel } from '../core/channel-of';
import type { Surface } from '../core/command-words';
import { parseCommandText } from '../core/commands/parse-command-text';
import type { CommandInvocation } from '../core/commands/resolve-command';
import type { Person } from '../core/person';
import { baseConversationId, isPersonalConversation } from './conversation';

/** Where the text was typed: Teams itself, or the local trial's web chat (the Teams bot on another channel). */
export function surfaceOf(activity: Partial<Activity>): Surface {
  return activity.channelId === 'msteams' ? 'teams' : 'chat';
}

/**
 * The network the local trial's conversation stands for: the web chat's
 * Direct Line service sets it from the visitor's token (never from what the
 * page sends), and Teams itself never does.
 */
export function trialNetworkOf(activity: Partial<Activity>): string | undefined {
  if (activity.channelId === 'msteams') return undefined;
  const network = (activity.channelData as { lnbNetwork?: unknown } | undefined)?.lnbNetwork;
  return typeof network === 'string' && network !== '' ? network : undefined;
}

/**
 * Where an activity came from, for the rules: the trial's conversation is
 * its network's; a Teams personal chat is personal; a channel is the
 * network it is linked to (if any).
 */
export async function teamsPlace(ctx: BotContext, activity: Partial<Activity>): Promise<AnswerPlace> {
  const trial = trialNetworkOf(activity);
  if (trial !== undefined) return { kind: 'channel', network: trial };
  if (isPersonalConversation(activity)) return { kind: 'personal' };
  return { kind: 'channel', network: (await networkOfChannel(ctx, 'teams', baseConversationId(activity.conversation?.id ?? '')))?.id };
}

/**
 * A message's text as typed. Teams wraps mentions in `<at>…</at>` and may
 * send HTML and `&nbsp;`; every mention is dropped (teams-ai removes only
 * the bot's own), so `@bot link x` and `link x` read the same.
 */
export function plainText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at[^>]*>.*?<\/at>/gis, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&')
    .trim();
}

/** A typed message as the command table reads it. */
export async function teamsInvocation(ctx: BotContext, person: Person, activity: Partial<Activity>): Promise<CommandInvocation> {
  return { person, surface: surfaceOf(activity), place: await teamsPlace(ctx, activity), ...parseCommandText(plainText(activity.text)) };
}
