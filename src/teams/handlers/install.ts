import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { conversationContactId, conversationReferenceOf } from '../conversation';
import type { TeamsDeps } from '../teams-deps';

async function remember(deps: TeamsDeps, activity: Partial<Activity>): Promise<void> {
  const id = activity.conversation?.id;
  if (!id || !activity.serviceUrl) return;
  await deps.ctx.store.contacts.set({
    platform: 'teams',
    userId: conversationContactId(id),
    reference: conversationReferenceOf(activity),
    updatedAt: deps.ctx.clock.now().toISOString(),
  });
  deps.ctx.log.info({ conversationType: activity.conversation?.conversationType ?? null }, 'teams app installed');
}

async function forget(deps: TeamsDeps, activity: Partial<Activity>): Promise<void> {
  const id = activity.conversation?.id;
  if (!id) return;
  await deps.ctx.store.contacts.delete('teams', conversationContactId(id));
  deps.ctx.log.info({ conversationType: activity.conversation?.conversationType ?? null }, 'teams app removed');
}

const botIn = (turn: TurnContext, members: { id: string }[] | undefined) =>
  (members ?? []).some((m) => m.id === turn.activity.recipient?.id);

/**
 * Installing the app in a team adds the bot to it: Teams says so with a
 * conversationUpdate naming the bot (and, newer, an installationUpdate).
 * The team's conversation reference is kept, because a bot can only post
 * where it is installed, and only from such a reference. A channel named
 * in the program file is then reachable without a link.
 */
export function registerInstall(app: Application, deps: TeamsDeps): void {
  app.conversationUpdate('membersAdded', async (turn) => {
    if (botIn(turn, turn.activity.membersAdded)) await remember(deps, turn.activity);
  });
  app.conversationUpdate('membersRemoved', async (turn) => {
    if (botIn(turn, turn.activity.membersRemoved)) await forget(deps, turn.activity);
  });
  app.activity('installationUpdate', async (turn) => {
    const action = turn.activity.action ?? '';
    if (action.startsWith('add')) await remember(deps, turn.activity);
    else if (action.startsWith('remove')) await forget(deps, turn.activity);
  });
}
