import type { types } from '@slack/bolt';
import type { FormField, FormModel } from '../../core/form-model';
import { splitText } from '../../core/text-parts';
import { type Locale, translator } from '../../i18n/translate';
import { encodeFormMetadata, type FormMetadata } from '../form-metadata';
import { LIMITS } from './block-kit-limits';
import { fitDistinct, fitPlain } from './fit-text';

/** The callback id our form modals carry, so the submission finds its listener. */
export const FORM_CALLBACK_ID = 'lnb_form';

/** Every input's element has this action id; the block id says which field it is. */
export const VALUE_ACTION_ID = 'value';

/**
 * Block ids. Question ids come from the program file, so they get a prefix:
 * a question called `role` must not collide with the role select.
 */
export const ROLE_BLOCK_ID = 'lnb_role';
export const CONSENT_BLOCK_ID = 'lnb_consent';
export const CONSENT_VALUE = 'yes';
export const questionBlockId = (fieldId: string) => `q_${fieldId}`;
/** A question's further boxes, when its text may be longer than one of Slack's (group minutes): part 2, 3, … */
export const continuedBlockId = (fieldId: string, part: number) => `q${part}_${fieldId}`;

/** How many boxes a question's text gets: enough for its limit, and for a saved text longer than that (nothing is cut). */
export const boxesOf = (field: Pick<FormField, 'maxLength' | 'value'>): string[] => {
  const parts = splitText(field.value ?? '', LIMITS.plainTextInput);
  const room = Math.ceil(field.maxLength / LIMITS.plainTextInput);
  return [...parts, ...Array.from({ length: Math.max(0, room - parts.length) }, () => '')];
};
/** A choice's option value is its position, so option texts of any length round-trip. */
export const optionValue = (index: number) => `o${index}`;

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: fitPlain(text, max) });

function questionElement(field: FormField, placeholder: string, choicePlaceholder: string, text = field.value) {
  if (field.kind === 'choice') {
    // Options that would look alike once cut are told apart (see fitDistinct).
    const shown = fitDistinct(
      field.options.slice(0, LIMITS.selectOptions).map((o) => o.label),
      LIMITS.optionText,
    );
    const options = shown.map((text, i) => ({ text: { type: 'plain_text' as const, text }, value: optionValue(i) }));
    const initial = options[field.options.findIndex((o) => o.value === field.value)];
    const base = { action_id: VALUE_ACTION_ID, options, ...(initial ? { initial_option: initial } : {}) };
    // Radio buttons show every option at once; Slack allows ten of them.
    return options.length <= LIMITS.radioOptions
      ? { type: 'radio_buttons' as const, ...base }
      : { type: 'static_select' as const, placeholder: plain(choicePlaceholder, LIMITS.placeholder), ...base };
  }
  return {
    type: 'plain_text_input' as const,
    action_id: VALUE_ACTION_ID,
    multiline: true,
    max_length: Math.min(field.maxLength, LIMITS.plainTextInput),
    placeholder: plain(placeholder, LIMITS.placeholder),
    ...(text ? { initial_value: text } : {}),
  };
}

/**
 * A form as a Slack modal: one optional input per question (the saved
 * answer filled in), the role (required, the remembered one chosen) and
 * the consent checkbox. Labels and hints are plain text, so nothing a
 * program or a person wrote can act as markup.
 */
export function renderModal(form: FormModel, meta: FormMetadata, locale: Locale): types.ModalView {
  const t = translator(locale);
  const blocks: types.KnownBlock[] = [{ type: 'section', text: plain(form.intro, LIMITS.sectionText) }];
  for (const field of form.fields) {
    // A text longer than one box (group minutes) goes on in the boxes under it, put together again on save.
    const boxes = field.kind === 'text' ? boxesOf(field) : [field.value ?? ''];
    if (blocks.length + boxes.length > LIMITS.modalBlocks - 3) break;
    boxes.forEach((text, i) => {
      const label = i === 0 ? field.label : t('slack.form.continued', { part: i + 1, parts: boxes.length, question: field.label });
      blocks.push({
        type: 'input',
        block_id: i === 0 ? questionBlockId(field.id) : continuedBlockId(field.id, i + 1),
        optional: true,
        label: plain(label, LIMITS.inputLabel),
        ...(i === 0 && field.help ? { hint: plain(field.help, LIMITS.inputHint) } : {}),
        element: questionElement(field, t('bot.form.placeholder'), t('bot.form.choicePlaceholder'), text),
      });
    });
  }
  // Minutes are the group's: no role.
  if (form.role) {
    const roleOptions = form.role.options.map((o) => ({ text: plain(o.label, LIMITS.optionText), value: o.value }));
    const initialRole = roleOptions.find((o) => o.value === form.role?.value);
    blocks.push({
      type: 'input',
      block_id: ROLE_BLOCK_ID,
      label: plain(form.role.label, LIMITS.inputLabel),
      element: {
        type: 'static_select',
        action_id: VALUE_ACTION_ID,
        placeholder: plain(form.role.placeholder, LIMITS.placeholder),
        options: roleOptions,
        ...(initialRole ? { initial_option: initialRole } : {}),
      },
    });
  }
  // An option's text may be 75 characters, too short for the consent
  // sentence, so the sentence is the hint and the box says yes.
  const consentOption = { text: plain(t('slack.form.consentOption'), LIMITS.optionText), value: CONSENT_VALUE };
  blocks.push({
    type: 'input',
    block_id: CONSENT_BLOCK_ID,
    optional: true,
    label: plain(form.consent.label, LIMITS.inputLabel),
    hint: plain(form.consent.text, LIMITS.inputHint),
    element: {
      type: 'checkboxes',
      action_id: VALUE_ACTION_ID,
      options: [consentOption],
      ...(form.consent.value ? { initial_options: [consentOption] } : {}),
    },
  });
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: plain(form.title, LIMITS.modalTitle),
    submit: plain(form.submitLabel, LIMITS.modalButton),
    close: plain(form.closeLabel, LIMITS.modalButton),
    private_metadata: encodeFormMetadata(meta),
    blocks,
  };
}
