import type { Activity } from 'botbuilder';
import type { BotContext } from '../core/bot-context';
import { asCodedError } from '../errors';
import { asContactReference, type TeamsContactReference } from './contact-reference';
import { conversationReferenceOf, isPersonalConversation } from './conversation';
import { personOf } from './person-of';

/**
 * Keeps what is needed to write to the sender privately later (a nudge, a
 * compilation): updated from every activity they send, written only when
 * something changed. It never stops a turn: a store that fails here fails
 * again, visibly, where a reply is saved.
 */
export async function rememberContact(ctx: BotContext, activity: Partial<Activity>): Promise<void> {
  const person = personOf(activity);
  const from = activity.from;
  if (!person || !from?.id || !activity.serviceUrl || !activity.channelId || from.id === activity.recipient?.id) return;
  try {
    const existing = await ctx.store.contacts.get('teams', person.userId);
    const before = asContactReference(existing?.reference);
    const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const reference: TeamsContactReference = {
      memberId: from.id,
      serviceUrl: activity.serviceUrl,
      channelId: activity.channelId,
      ...(tenantId ? { tenantId } : {}),
      ...(activity.recipient ? { bot: { id: activity.recipient.id, name: activity.recipient.name } } : {}),
      ...(isPersonalConversation(activity)
        ? { personal: conversationReferenceOf(activity) }
        : before?.personal
          ? { personal: before.personal }
          : {}),
    };
    const locale = person.locale ?? existing?.locale;
    if (existing && JSON.stringify(before) === JSON.stringify(reference) && existing.locale === locale) return;
    await ctx.store.contacts.set({
      ...(existing ?? { platform: 'teams', userId: person.userId }),
      reference,
      ...(locale ? { locale } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    });
  } catch (e) {
    ctx.log.warn({ err: asCodedError(e).message }, 'teams contact not remembered');
  }
}
