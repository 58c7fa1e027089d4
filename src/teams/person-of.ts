import type { Activity } from 'botbuilder';
import type { Person } from '../core/person';
import type { Locale } from '../i18n/translate';

/** The language a Teams client reports, when it is one we speak ('sv-SE' → sv, 'en-GB' → en). */
export function localeOfActivity(activity: Partial<Activity>): Locale | undefined {
  const tag = (activity.locale ?? '').toLowerCase();
  if (tag === 'sv' || tag.startsWith('sv-')) return 'sv';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

/**
 * Who sent an activity. Teams' Entra object id is stable across teams and
 * chats and is what a coordinator can look up, so programs name people by
 * it; the channel-scoped `29:` id is the fallback (Web Chat has only that).
 */
export function personOf(activity: Partial<Activity>): Person | undefined {
  const from = activity.from;
  const userId = from?.aadObjectId || from?.id;
  if (!userId) return undefined;
  const locale = localeOfActivity(activity);
  return locale ? { platform: 'teams', userId, locale } : { platform: 'teams', userId };
}
