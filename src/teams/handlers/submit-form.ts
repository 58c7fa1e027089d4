import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { findRoundAndNetwork } from '../../core/find-round';
import { buildForm, type FormSubmission } from '../../core/form-model';
import { submitFormFrom } from '../../core/submit-form';
import { StoreError } from '../../errors';
import { translate } from '../../i18n/translate';
import { formRefOf, keptOf, submissionOf } from '../card-data';
import { cardActivity } from '../cards/adaptive-card';
import { confirmationCard } from '../cards/confirmation-card';
import { fitCard } from '../cards/fit-card';
import { fitRefusedForm } from '../cards/fit-form-card';
import { withKeptAnswers } from '../kept-answers';
import { personOf } from '../person-of';
import { replaceCard } from '../replace-card';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';
import { teamsPlace } from '../teams-invocation';
import { textMessages } from '../text-messages';

/**
 * The form's *Skicka*. The replies are stored before anything is said; then
 * the form becomes a confirmation with *Ändra*. A refused or failed save
 * brings the form back with exactly what the person wrote and the reason
 * under each field; it is built without the store, which may be what failed.
 */
export function registerSubmitForm(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionSubmit('submit', async (turn, _state, data: Record<string, unknown>) => {
    const person = personOf(turn.activity);
    const ref = formRefOf(data);
    if (!person || !ref) {
      deps.ctx.log.warn('teams form submitted without a usable form reference; ignored');
      return;
    }
    const locale = localeFor(deps.ctx.program, person);
    let submission: FormSubmission;
    let kept: Set<string>;
    try {
      ({ submission, kept } = await withKeptAnswers(deps, person, ref, submissionOf(data), keptOf(data)));
    } catch (e) {
      // Without the saved answers an empty box would read as taken back: nothing is saved, and the card stays as filled in.
      if (!(e instanceof StoreError)) throw e;
      deps.ctx.log.warn({ err: e.message }, 'teams form: saved answers not read; nothing saved');
      await replyText(turn, translate(locale, 'bot.form.saveFailed'));
      return;
    }
    const result = await submitFormFrom(deps.ctx, person, await teamsPlace(deps.ctx, turn.activity), ref, submission);
    const trimmed = translate(locale, 'teams.card.trimmed');
    if (result.ok) {
      const edit = translate(locale, 'bot.form.edit');
      await replaceCard(deps, turn, cardActivity(fitCard(confirmationCard(result.message, edit, ref), trimmed), result.message));
      return;
    }
    const found = findRoundAndNetwork(deps.ctx.program, ref);
    if (!found) {
      await replyText(turn, Object.values(result.errors).join(' '));
      return;
    }
    const form = buildForm(deps.ctx.program, found.round, found.network, ref.kind, person, [], null);
    form.errors = result.errors;
    const keptNote = { ids: kept, note: translate(locale, 'teams.form.kept') };
    // Newly typed text too long to go back in the card comes whole in messages first: it is not saved, so it must reach the person.
    const fitted = fitRefusedForm(form, submission, keptNote, { trimmed, moved: translate(locale, 'teams.form.moved') });
    const header = (question: string) => translate(locale, 'teams.form.movedText', { question });
    for (const message of textMessages(fitted.moved.map(({ field, text }) => ({ header: header(field.label), text })))) await turn.sendActivity(message);
    await replaceCard(deps, turn, cardActivity(fitted.card, form.title));
  });
}
