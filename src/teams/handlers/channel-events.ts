import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { conversationContactId, conversationReferenceOf, isUsableReference } from '../conversation';
import { channelOfTeamReference } from '../team-channels';
import type { TeamsDeps } from '../teams-deps';
import { teamIdOf } from './install';

type ChannelEvent = 'channelCreated' | 'channelRenamed' | 'channelDeleted';

/**
 * A channel was made, renamed or deleted in a team the app is in: keep the
 * store's channel list current. Only an installed app hears these, so a
 * team the bot had not heard of (installed while it was down) is taken in.
 */
export async function onChannelEvent(deps: TeamsDeps, event: ChannelEvent, activity: Partial<Activity>): Promise<void> {
  const teamId = teamIdOf(activity);
  const channel = (activity.channelData as { channel?: { id?: unknown; name?: unknown } } | undefined)?.channel;
  const channelId = typeof channel?.id === 'string' ? channel.id : undefined;
  if (!teamId || !channelId) return;
  const { channels } = deps.port;
  const team = await deps.ctx.store.contacts.get('teams', conversationContactId(teamId));
  if (!isUsableReference(team?.reference) && activity.serviceUrl) {
    await channels.rememberTeam(teamId, channelOfTeamReference(conversationReferenceOf(activity), teamId));
  }
  if (event === 'channelDeleted') await channels.forgetChannel(channelId);
  else await channels.rememberChannel(teamId, channelId, typeof channel?.name === 'string' ? channel.name : undefined);
  deps.ctx.log.info({ event }, 'teams channel list updated');
}

export function registerChannelEvents(app: Application, deps: TeamsDeps): void {
  for (const event of ['channelCreated', 'channelRenamed', 'channelDeleted'] as const) {
    app.conversationUpdate(event, async (turn) => onChannelEvent(deps, event, turn.activity));
  }
}
