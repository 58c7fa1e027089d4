import type { FormModel } from '../../core/form-model';
import { type AdaptiveCard, adaptiveCard, type CardElement } from './adaptive-card';
import { cardText } from './card-text';

/** Input ids carry a prefix so a question id can never collide with the form's own fields. */
export const QUESTION_PREFIX = 'q.';
export const ROLE_INPUT = 'f.role';
export const CONSENT_INPUT = 'f.consent';
/** The submit data's list of question ids whose saved answer was too long to prefill (see fitFormCard). */
export const KEPT_DATA = 'kept';

/** Fields whose saved answer the card leaves out, and what to say under each. */
export interface KeptFields {
  ids: ReadonlySet<string>;
  note: string;
}

/** What the person sent, to show again when the form comes back refused. */
export interface Draft {
  values: Record<string, string | null | undefined>;
  role: string | null | undefined;
  consent: boolean;
}

const errorBlock = (message: string | undefined): CardElement[] =>
  message ? [{ type: 'TextBlock', text: cardText(message), color: 'Attention', wrap: true, spacing: 'None' }] : [];

const keptBlock = (note: string): CardElement => ({ type: 'TextBlock', text: cardText(note), isSubtle: true, wrap: true, spacing: 'None' });

/**
 * The form as a card: a multiline text per question (or a choice), the
 * role, consent to be quoted, and Send. Input values are data, not
 * markup, so they go in unescaped: escaping them would write zero-width
 * spaces into the person's text on the next save. An error sits under the
 * field it is about. A `kept` field is left empty with the note under it,
 * and its id goes back with the submit, so an empty box keeps the saved
 * answer instead of taking it back. A `moved` field (unsaved text too long
 * for the card, given back in a message: fitRefusedForm) is left empty with
 * its note, and is named in the submit like a kept one: left empty, it
 * changes nothing saved (it never takes a saved answer back).
 */
export function formCard(form: FormModel, draft?: Draft, kept?: KeptFields, moved?: KeptFields): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: cardText(form.title), size: 'Medium', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: cardText(form.intro), wrap: true },
  ];
  for (const field of form.fields) {
    const isKept = kept?.ids.has(field.id) === true;
    const isMoved = moved?.ids.has(field.id) === true;
    const value = isKept || isMoved ? '' : draft ? (draft.values[field.id] ?? '') : (field.value ?? '');
    body.push(
      field.kind === 'choice'
        ? {
            type: 'Input.ChoiceSet',
            id: `${QUESTION_PREFIX}${field.id}`,
            label: field.label,
            style: 'expanded',
            choices: field.options.map((o) => ({ title: o.label, value: o.value })),
            value,
          }
        : {
            type: 'Input.Text',
            id: `${QUESTION_PREFIX}${field.id}`,
            label: field.label,
            isMultiline: true,
            // No maxLength: a client cuts a longer paste at it without a word. The rules refuse an over-long text and say so, and the card comes back with all of it.
            value,
          },
      ...(isKept && kept ? [keptBlock(kept.note)] : []),
      ...(isMoved && moved ? [keptBlock(moved.note)] : []),
      // The question's help under its box, as its hint: above it, it read as the form's introduction.
      ...(field.help ? [{ type: 'TextBlock', text: cardText(field.help), isSubtle: true, wrap: true, spacing: 'Small' } as CardElement] : []),
      ...errorBlock(form.errors[field.id]),
    );
  }
  // Minutes are the group's: no role.
  if (form.role) {
    body.push({
      type: 'Input.ChoiceSet',
      id: ROLE_INPUT,
      label: form.role.label,
      placeholder: form.role.placeholder,
      style: 'compact',
      choices: form.role.options.map((o) => ({ title: o.label, value: o.value })),
      value: (draft ? draft.role : form.role.value) ?? '',
      spacing: 'Large',
    });
  }
  body.push(
    ...errorBlock(form.errors.role),
    {
      type: 'Input.Toggle',
      id: CONSENT_INPUT,
      label: form.consent.label,
      title: form.consent.text,
      valueOn: 'true',
      valueOff: 'false',
      value: String(draft ? draft.consent : form.consent.value),
      wrap: true,
    },
  );
  const leftEmpty = [...(kept?.ids ?? []), ...(moved?.ids ?? [])];
  return adaptiveCard(body, [
    {
      type: 'Action.Submit',
      title: form.submitLabel,
      style: 'positive',
      data: { lnb: 'submit', ...form.ref, ...(leftEmpty.length > 0 ? { [KEPT_DATA]: leftEmpty } : {}) },
    },
  ]);
}
