import type { ConversationReference } from 'botbuilder';

/**
 * What the Teams adapter keeps in a contact's `reference` to write to a
 * person later: their personal chat when there is one, else enough to open
 * it (their channel-scoped id, the connector's address and the tenant).
 */
export interface TeamsContactReference {
  /** The 1:1 conversation with the bot. */
  personal?: Partial<ConversationReference>;
  /** The person's `29:` id, which the connector needs to open a 1:1 chat. */
  memberId: string;
  serviceUrl: string;
  channelId: string;
  tenantId?: string;
  bot?: { id: string; name?: string };
}

export function asContactReference(value: unknown): TeamsContactReference | undefined {
  const ref = value as Partial<TeamsContactReference> | undefined;
  return typeof ref?.memberId === 'string' && typeof ref.serviceUrl === 'string' && typeof ref.channelId === 'string'
    ? (ref as TeamsContactReference)
    : undefined;
}
