import type { FormField, FormModel } from '../../core/form-model';
import type { AdaptiveCard } from './adaptive-card';
import { fitCard, fitsInTeams } from './fit-card';
import { type Draft, formCard, type KeptFields } from './form-card';

export interface FittedForm {
  card: AdaptiveCard;
  /** Fields whose saved answer did not fit and is left out of the card (kept as saved). */
  kept: FormField[];
}

/**
 * The form reopened with what the person saved, within Teams' size limit.
 * An input's value is the person's own text to edit, so it is never cut:
 * the saved answers go in whole, in question order, as long as the card
 * fits, and any that does not is left out with `notes.kept` under its box
 * (the card's submit then names it, so leaving the box empty keeps the saved
 * answer). What is still too large after that is display text, which
 * fitCard shortens with `notes.trimmed`.
 */
export function fitFormCard(form: FormModel, notes: { trimmed: string; kept: string }): FittedForm {
  const whole = formCard(form);
  if (fitsInTeams(whole)) return { card: whole, kept: [] };
  const saved = form.fields.filter((f) => f.kind === 'text' && (f.value ?? '') !== '');
  const build = (ids: Set<string>) => formCard(form, undefined, { ids, note: notes.kept });
  const ids = leftOut(saved, build);
  return { card: fitCard(build(ids), notes.trimmed), kept: saved.filter((f) => ids.has(f.id)) };
}

/**
 * Of `fields` (in question order), the ids whose text stays out of the card:
 * each goes in whole as long as the card built with it still fits.
 */
function leftOut(fields: FormField[], build: (out: Set<string>) => AdaptiveCard): Set<string> {
  const out = new Set(fields.map((f) => f.id));
  for (const field of fields) {
    out.delete(field.id);
    if (!fitsInTeams(build(out))) out.add(field.id);
  }
  return out;
}

export interface FittedRefusedForm {
  card: AdaptiveCard;
  /** Fields whose newly typed (unsaved) text did not fit and is left out of the card, with that text. */
  moved: { field: FormField; text: string }[];
}

/**
 * A refused form brought back with what the person typed, within Teams'
 * size limit. The typed text is not saved, so it must not be lost nor cut:
 * it goes back in the boxes, in question order, as long as the card fits;
 * a box whose text does not fit is left empty with `notes.moved` under it
 * and its text is returned in `moved`, for the caller to send whole as
 * messages. Display text still too large is shortened by fitCard.
 */
export function fitRefusedForm(form: FormModel, draft: Draft, kept: KeptFields, notes: { trimmed: string; moved: string }): FittedRefusedForm {
  const whole = formCard(form, draft, kept);
  if (fitsInTeams(whole)) return { card: whole, moved: [] };
  const typed = form.fields.filter((f) => f.kind === 'text' && !kept.ids.has(f.id) && (draft.values[f.id] ?? '') !== '');
  const build = (ids: Set<string>) => formCard(form, draft, kept, { ids, note: notes.moved });
  const ids = leftOut(typed, build);
  return {
    card: fitCard(build(ids), notes.trimmed),
    moved: typed.filter((f) => ids.has(f.id)).map((field) => ({ field, text: draft.values[field.id] ?? '' })),
  };
}
