import type { TurnContext } from 'botbuilder';
import { localeFor } from '../core/bot-context';
import type { FormRef } from '../core/form-model';
import { openForm } from '../core/open-form';
import type { Person } from '../core/person';
import { translate } from '../i18n/translate';
import { cardActivity } from './cards/adaptive-card';
import { fitCard } from './cards/fit-card';
import { formCard } from './cards/form-card';
import { isPersonalConversation } from './conversation';
import { replyText } from './reply';
import type { TeamsDeps } from './teams-deps';

/**
 * Opens a form for the person. A form holds what they wrote before, so it
 * never goes into a channel or group chat where everyone would see it: from
 * there it goes to their personal chat with the bot, and the channel hears
 * nothing unless that fails.
 */
export async function showForm(deps: TeamsDeps, turn: TurnContext, person: Person, ref: FormRef): Promise<void> {
  const opened = await openForm(deps.ctx, person, ref);
  if (!opened.ok) {
    await replyText(turn, opened.message);
    return;
  }
  const trimmed = translate(localeFor(deps.ctx.program, person), 'teams.card.trimmed');
  const activity = cardActivity(fitCard(formCard(opened.form), trimmed), opened.form.title);
  if (isPersonalConversation(turn.activity)) {
    await turn.sendActivity(activity);
    return;
  }
  try {
    await deps.port.send(await deps.port.personalReference(person.userId), activity);
  } catch (e) {
    deps.ctx.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'form not sent privately');
    await replyText(turn, translate(localeFor(deps.ctx.program, person), 'teams.form.privateFailed'));
  }
}
