import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { asCodedError } from '../../errors';
import { conversationContactId, conversationReferenceOf } from '../conversation';
import type { TeamsDeps } from '../teams-deps';

/** The team an activity came from, when it came from one. */
export function teamIdOf(activity: Partial<Activity>): string | undefined {
  const id = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The app was added to a team or chat: keep its reference. For a team, also
 * list its channels (TeamsInfo), so that any of them named in the program
 * file is reachable; a failed listing is logged and tried again when a
 * channel is missed.
 */
export async function onInstalled(deps: TeamsDeps, activity: Partial<Activity>): Promise<void> {
  const id = activity.conversation?.id;
  if (!id || !activity.serviceUrl) return;
  const reference = conversationReferenceOf(activity);
  const teamId = teamIdOf(activity);
  if (teamId) await deps.port.channels.rememberTeam(teamId, reference);
  if (!teamId || conversationContactId(teamId) !== conversationContactId(id)) {
    await deps.ctx.store.contacts.set({ platform: 'teams', userId: conversationContactId(id), reference, updatedAt: deps.ctx.clock.now().toISOString() });
  }
  deps.ctx.log.info({ conversationType: activity.conversation?.conversationType ?? null }, 'teams app installed');
  if (!teamId) return;
  try {
    await deps.port.syncTeam(teamId);
  } catch (e) {
    deps.ctx.log.warn({ err: asCodedError(e).message }, 'teams channel list not read at install');
  }
}

/** The app was removed: forget the conversation, and the team with it. */
export async function onRemoved(deps: TeamsDeps, activity: Partial<Activity>): Promise<void> {
  const id = activity.conversation?.id;
  if (!id) return;
  await deps.ctx.store.contacts.delete('teams', conversationContactId(id));
  const teamId = teamIdOf(activity);
  if (teamId) {
    await deps.ctx.store.contacts.delete('teams', conversationContactId(teamId));
    await deps.port.channels.forgetTeam(teamId);
  }
  deps.ctx.log.info({ conversationType: activity.conversation?.conversationType ?? null }, 'teams app removed');
}

const botIn = (turn: TurnContext, members: { id: string }[] | undefined) =>
  (members ?? []).some((m) => m.id === turn.activity.recipient?.id);

/**
 * Installing the app in a team adds the bot to it: Teams says so with a
 * conversationUpdate naming the bot (and, newer, an installationUpdate).
 * A bot can only post where it is installed, and only from such a reference.
 */
export function registerInstall(app: Application, deps: TeamsDeps): void {
  app.conversationUpdate('membersAdded', async (turn) => {
    if (botIn(turn, turn.activity.membersAdded)) await onInstalled(deps, turn.activity);
  });
  app.conversationUpdate('membersRemoved', async (turn) => {
    if (botIn(turn, turn.activity.membersRemoved)) await onRemoved(deps, turn.activity);
  });
  app.activity('installationUpdate', async (turn) => {
    const action = turn.activity.action ?? '';
    if (action.startsWith('add')) await onInstalled(deps, turn.activity);
    else if (action.startsWith('remove')) await onRemoved(deps, turn.activity);
  });
}
