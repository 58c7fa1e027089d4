import { isLocale, translate } from '../i18n/translate';
import type { Program } from '../program/schema';

/**
 * The line `npm start` prints for the local trial, in the language of the
 * program being tried (LNB_LANG, when set, decides instead): someone trying
 * the English example is not told to open it in Swedish.
 */
export function webChatLine(env: Record<string, string | undefined>, program: Program, url: string): string {
  const locale = isLocale(env.LNB_LANG) ? env.LNB_LANG : program.program.locale;
  return translate(locale, 'webchat.log.open', { url });
}
