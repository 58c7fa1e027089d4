import type { Activity } from 'botbuilder';

/**
 * Which help to show. In Teams a channel needs the bot @-mentioned; the
 * local web chat (any other channel id) is one conversation with the bot,
 * where the word alone is enough and "in Teams" would only confuse.
 */
export function helpTextKey(activity: Partial<Activity>): string {
  return activity.channelId === 'msteams' ? 'teams.help.text' : 'teams.help.chatText';
}
