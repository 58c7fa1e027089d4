import type { Reply } from '../replies/reply';
import type { Contact } from '../store/contact-repository';
import type { ChannelLink } from '../store/link-repository';
import type { BotContext } from './bot-context';
import type { Person } from './person';

/**
 * Everything the store holds that is tied to one person: their answers,
 * the group minutes they saved last, what the bot remembers to reach them,
 * and the channels they linked. Found by the platform user only, so what a
 * person sees and deletes can never be someone else's.
 */
export interface MyData {
  /** Their own answers, in every program the store holds. */
  answers: Reply[];
  /** Group minutes they saved last (one text per network and question, shared by the leaders). */
  minutes: Reply[];
  contact?: Contact;
  /** Channel links of the running program that name them as the one who linked. */
  links: ChannelLink[];
}

/** How a person is written in `linkedBy`. */
export const linkedByOf = (person: Person) => `${person.platform}:${person.userId}`;

export async function collectMyData(ctx: BotContext, person: Person): Promise<MyData> {
  const { store } = ctx;
  const mine = await store.replies.listByAuthor({ platform: person.platform, userId: person.userId });
  const contact = await store.contacts.get(person.platform, person.userId);
  const links = (await store.links.list(ctx.program.program.id)).filter((l) => l.linkedBy === linkedByOf(person));
  return {
    answers: mine.filter((r) => r.kind === 'answer'),
    minutes: mine.filter((r) => r.kind === 'minutes'),
    ...(contact ? { contact } : {}),
    links,
  };
}

/** Whether there is anything to delete. */
export function holdsAnything(data: MyData): boolean {
  return data.answers.length + data.minutes.length + data.links.length > 0 || data.contact !== undefined;
}
