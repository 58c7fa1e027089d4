import type { webApi } from '@slack/bolt';
import type { Clock } from '../clock';
import type { Person } from '../core/person';
import { asCodedError } from '../errors';
import type { Locale } from '../i18n/translate';
import type { Logger } from '../logger';
import type { Contact } from '../store/contact-repository';
import type { Store } from '../store/open-store';
import { slackLocale } from './slack-locale';

/** How long a looked-up locale is trusted; people rarely change their language. */
const CACHE_MS = 60 * 60 * 1000;
/** A request waits this long for users.info; past it the program's language is used. */
const LOOKUP_WAIT_MS = 1000;

interface Cached {
  locale: Locale | undefined;
  at: number;
}

/**
 * Slack users as the rules' Person, with their language. Slash commands
 * and button clicks carry no locale, so it is looked up (users.info with
 * include_locale), kept in memory, and remembered in the contacts table
 * for the scheduler's private messages. A slow lookup never holds up a
 * request past Slack's 3 seconds: the person gets the program's language.
 */
export class SlackPeople {
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<Locale | undefined>>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly store: Store,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  /** The language already known for `userId` (looked up earlier), without waiting for anything. */
  knownLocale(userId: string): Locale | undefined {
    const cached = this.cache.get(userId);
    return cached && this.clock.now().getTime() - cached.at < CACHE_MS ? cached.locale : undefined;
  }

  async person(userId: string, payloadLocale?: string): Promise<Person> {
    const locale = slackLocale(payloadLocale) ?? (await this.localeOf(userId));
    return locale ? { platform: 'slack', userId, locale } : { platform: 'slack', userId };
  }

  private async localeOf(userId: string): Promise<Locale | undefined> {
    const cached = this.cache.get(userId);
    if (cached && this.clock.now().getTime() - cached.at < CACHE_MS) return cached.locale;
    let lookup = this.pending.get(userId);
    if (!lookup) {
      lookup = this.lookUp(userId).finally(() => this.pending.delete(userId));
      this.pending.set(userId, lookup);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), LOOKUP_WAIT_MS);
    });
    const result = await Promise.race([lookup, late]).finally(() => clearTimeout(timer));
    return result === 'late' ? undefined : result;
  }

  private async lookUp(userId: string): Promise<Locale | undefined> {
    try {
      const info = await this.client.users.info({ user: userId, include_locale: true });
      const locale = slackLocale(info.user?.locale);
      this.cache.set(userId, { locale, at: this.clock.now().getTime() });
      // Remembered for the scheduler's private messages (and shown by *mina svar* as kept), before the
      // locale is given: what the request then reads is the same whichever write finishes first. The
      // request waits for the whole lookup at most LOOKUP_WAIT_MS, and remember never throws.
      await this.remember(userId, locale);
      return locale;
    } catch (e) {
      this.log.warn({ err: asCodedError(e).message }, 'slack user locale not found');
      try {
        return (await this.store.contacts.get('slack', userId))?.locale;
      } catch {
        return undefined;
      }
    }
  }

  private async remember(userId: string, locale: Locale | undefined): Promise<void> {
    try {
      const contact = await this.store.contacts.get('slack', userId);
      if (contact && contact.locale === locale) return;
      const next: Contact = { ...(contact ?? { platform: 'slack', userId }), locale, updatedAt: this.clock.now().toISOString() };
      if (!locale) delete next.locale;
      await this.store.contacts.set(next);
    } catch (e) {
      // Only a cache: a failing store must not fail the request.
      this.log.warn({ err: asCodedError(e).message }, 'slack user locale not remembered');
    }
  }
}
