import { type Locale, translator } from '../i18n/translate';
import type { BotContext } from './bot-context';
import { collectMyData } from './my-data';
import type { Person } from './person';

export interface DeletedMyData {
  /** Answers deleted, each with every earlier version (the history is part of the reply). */
  answers: number;
  /** Group minutes kept, with the person's id taken off them. */
  minutesKept: number;
  /** Whether the remembered language, role and address were deleted. */
  contact: boolean;
  /** What to tell the person. */
  message: string;
}

/**
 * Deletes what the bot holds about the person who asks, and only theirs:
 * `person` comes from the platform's own sender id, never from a button's value.
 *
 * - Their answers go, with their history (it lives inside the reply).
 * - Group minutes stay: they are the network's shared record, edited by
 *   every leader and the coordinator, and the compilation needs them. Only
 *   the person's id is taken off (author becomes unknown, as for imported
 *   replies), so nothing left points to them. The coordinator can delete the
 *   minutes with the program's replies (`lnb purge`, or when retention ends).
 * - The remembered contact (language, last role, Teams address) goes. It
 *   comes back if they use the bot again, since a reply needs to know where to go.
 * - Channel links they made stay (the network needs them) without their id.
 *
 * Safe to call twice: the second call finds nothing and says so.
 */
export async function deleteMyData(ctx: BotContext, person: Person, locale: Locale): Promise<DeletedMyData> {
  const t = translator(locale);
  const { store } = ctx;
  const data = await collectMyData(ctx, person);
  for (const reply of data.answers) await store.replies.delete(reply.id);
  for (const reply of data.minutes) await store.replies.put({ ...reply, author: null });
  for (const link of data.links) await store.links.set({ ...link, linkedBy: null });
  const contact = data.contact ? await store.contacts.delete(person.platform, person.userId) : false;
  // Counts only: who it was and what they wrote stay out of the log.
  ctx.log.info({ answers: data.answers.length, minutesKept: data.minutes.length, contact }, 'data rights: a person deleted their data');
  const parts = [t('bot.myData.deleted.answers', { count: data.answers.length })];
  if (data.minutes.length > 0) parts.push(t('bot.myData.deleted.minutes', { count: data.minutes.length }));
  parts.push(t('bot.myData.deleted.after'));
  return { answers: data.answers.length, minutesKept: data.minutes.length, contact, message: parts.join(' ') };
}
