import type { types } from '@slack/bolt';
import { type Locale, translator } from '../../i18n/translate';
import { LIMITS } from './block-kit-limits';
import { fitPlain } from './fit-text';

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: fitPlain(text, max) });

/** A modal with one text and a close button: the form loading, or why it cannot be shown. */
export function noticeView(text: string, locale: Locale): types.ModalView {
  const t = translator(locale);
  return {
    type: 'modal',
    title: plain(t('slack.form.loadingTitle'), LIMITS.modalTitle),
    close: plain(t('slack.form.close'), LIMITS.modalButton),
    blocks: [{ type: 'section', text: plain(text, LIMITS.sectionText) }],
  };
}

/** What the modal shows between the click and the form: opened at once, before anything is read from the store. */
export const loadingView = (locale: Locale) => noticeView(translator(locale)('slack.form.loading'), locale);
