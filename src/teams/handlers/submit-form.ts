import type { Application } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import { localeFor } from '../../core/bot-context';
import { findRoundAndNetwork } from '../../core/find-round';
import { buildForm } from '../../core/form-model';
import { submitForm } from '../../core/submit-form';
import { translate } from '../../i18n/translate';
import { formRefOf, submissionOf } from '../card-data';
import { cardActivity } from '../cards/adaptive-card';
import { confirmationCard } from '../cards/confirmation-card';
import { formCard } from '../cards/form-card';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * Puts a card in place of the one the person submitted. Some clients
 * cannot update a message (or it was deleted meanwhile): then the card
 * comes as a new message, since the person must see the outcome.
 */
async function replaceCard(deps: TeamsDeps, turn: TurnContext, activity: Partial<Activity>): Promise<void> {
  const id = turn.activity.replyToId;
  if (id) {
    try {
      await turn.updateActivity({ ...activity, id });
      return;
    } catch (e) {
      deps.ctx.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'teams card not updated; sending it anew');
    }
  }
  await turn.sendActivity(activity);
}

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
    const submission = submissionOf(data);
    const result = await submitForm(deps.ctx, person, ref, submission);
    if (result.ok) {
      const edit = translate(localeFor(deps.ctx.program, person), 'bot.form.edit');
      await replaceCard(deps, turn, cardActivity(confirmationCard(result.message, edit, ref), result.message));
      return;
    }
    const found = findRoundAndNetwork(deps.ctx.program, ref);
    if (!found) {
      await replyText(turn, Object.values(result.errors).join(' '));
      return;
    }
    const form = buildForm(deps.ctx.program, found.round, found.network, ref.kind, person, [], null);
    form.errors = result.errors;
    await replaceCard(deps, turn, cardActivity(formCard(form, submission), form.title));
  });
}
