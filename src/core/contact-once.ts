import type { Contact } from '../store/contact-repository';
import type { BotContext } from './bot-context';
import type { Person } from './person';

/**
 * A person's contact as one request reads and changes it: read from the
 * store at most once, and what the request writes is what it reads after.
 * A form's save checks the network (which may remember it with the contact)
 * and then remembers the role: one read instead of one for each.
 */
export interface ContactOnce {
  get(): Promise<Contact | undefined>;
  set(contact: Contact): Promise<void>;
}

export function contactOnce(ctx: BotContext, person: Person): ContactOnce {
  let known: Promise<Contact | undefined> | undefined;
  return {
    get: () => {
      known ??= ctx.store.contacts.get(person.platform, person.userId);
      return known;
    },
    async set(contact) {
      await ctx.store.contacts.set(contact);
      known = Promise.resolve(contact);
    },
  };
}
