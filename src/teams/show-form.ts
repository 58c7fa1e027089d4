import type { TurnContext } from 'botbuilder';
import { localeFor } from '../core/bot-context';
import type { FormRef } from '../core/form-model';
import { openForm } from '../core/open-form';
import type { Person } from '../core/person';
import { asCodedError } from '../errors';
import { translate } from '../i18n/translate';
import { cardActivity } from './cards/adaptive-card';
import { fitFormCard } from './cards/fit-form-card';
import { isPersonalConversation } from './conversation';
import { replyText } from './reply';
import type { TeamsDeps } from './teams-deps';
import { textMessages } from './text-messages';

/**
 * Opens a form for the person. A form holds what they wrote before, so it
 * never goes into a channel or group chat where everyone would see it: from
 * there it goes to their personal chat with the bot, and the channel hears
 * nothing unless that fails. Saved answers too long to prefill all
 * together (fitFormCard) come whole in a message just before the form.
 */
export async function showForm(deps: TeamsDeps, turn: TurnContext, person: Person, ref: FormRef): Promise<void> {
  const opened = await openForm(deps.ctx, person, ref);
  if (!opened.ok) {
    await replyText(turn, opened.message);
    return;
  }
  const locale = localeFor(deps.ctx.program, person);
  const fitted = fitFormCard(opened.form, { trimmed: translate(locale, 'teams.card.trimmed'), kept: translate(locale, 'teams.form.kept') });
  const activities = [
    ...textMessages(fitted.kept.map((field) => ({ header: translate(locale, 'teams.form.keptAnswer', { question: field.label }), text: field.value ?? '' }))),
    cardActivity(fitted.card, opened.form.title),
  ];
  if (isPersonalConversation(turn.activity)) {
    for (const activity of activities) await turn.sendActivity(activity);
    return;
  }
  try {
    const reference = await deps.port.personalReference(person.userId);
    for (const activity of activities) await deps.port.send(reference, activity);
  } catch (e) {
    deps.ctx.log.warn({ err: asCodedError(e).message }, 'form not sent privately');
    await replyText(turn, translate(locale, 'teams.form.privateFailed'));
  }
}
