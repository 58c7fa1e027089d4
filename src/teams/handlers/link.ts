import type { TurnContext } from 'botbuilder';
import { linkChannel } from '../../core/link-channel';
import type { Person } from '../../core/person';
import { conversationContactId, conversationReferenceOf } from '../conversation';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `link <network>` in a channel, allowed by the rules: the channel is tied
 * to the network. The link carries the channel's conversation reference
 * (without the thread), which is all the port needs to post there later.
 */
export async function linkHere(deps: TeamsDeps, turn: TurnContext, person: Person, network: string): Promise<void> {
  const { ctx } = deps;
  const reference = conversationReferenceOf(turn.activity);
  const channel = reference.conversation?.id ?? '';
  const result = await linkChannel(ctx, person, network, { channel, reference });
  if (result.ok) {
    // The link is the install as far as posting goes; remember it too, should the install event have been missed.
    await ctx.store.contacts.set({ platform: 'teams', userId: conversationContactId(channel), reference, updatedAt: ctx.clock.now().toISOString() });
  }
  await replyText(turn, result.message);
}
