import type { FormField, FormModel } from '../../core/form-model';
import type { AdaptiveCard } from './adaptive-card';
import { fitCard, fitsInTeams } from './fit-card';
import { formCard } from './form-card';

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
  const ids = new Set(saved.map((f) => f.id));
  const build = () => formCard(form, undefined, { ids, note: notes.kept });
  for (const field of saved) {
    ids.delete(field.id);
    if (!fitsInTeams(build())) ids.add(field.id);
  }
  return { card: fitCard(build(), notes.trimmed), kept: saved.filter((f) => ids.has(f.id)) };
}
