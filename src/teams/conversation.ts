import type { Activity, ConversationReference } from 'botbuilder';

/**
 * A Teams channel message arrives in a thread: its conversation id is the
 * channel's with `;messageid=…` appended. Posting to the bare id starts a
 * new thread, which is what a round's questions need.
 */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/**
 * Whether only this person and the bot see the conversation. Teams says so
 * (`personal`); other channels (the local Web Chat) have no type, and a
 * conversation that is not a group is one person's.
 */
export function isPersonalConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  if (type) return type === 'personal';
  return activity.conversation?.isGroup !== true;
}

/** Where to post into the conversation this activity came from, as a new message rather than a reply. */
export function conversationReferenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const conversation = activity.conversation;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    bot: activity.recipient,
    conversation: conversation
      ? {
          id: baseConversationId(conversation.id),
          isGroup: conversation.isGroup,
          conversationType: conversation.conversationType,
          tenantId: conversation.tenantId,
          name: '',
        }
      : undefined,
  } as Partial<ConversationReference>;
}

/** A stored reference is usable when it says where the connector is and which conversation. */
export function isUsableReference(value: unknown): value is Partial<ConversationReference> & { serviceUrl: string } {
  const ref = value as Partial<ConversationReference> | undefined;
  return typeof ref?.serviceUrl === 'string' && typeof ref.conversation?.id === 'string' && ref.conversation.id !== '';
}

/** The contacts key under which an installed team's (or chat's) reference is kept. */
export function conversationContactId(conversationId: string): string {
  return `conversation:${baseConversationId(conversationId)}`;
}
