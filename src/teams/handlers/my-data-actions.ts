import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { deleteMyData } from '../../core/delete-my-data';
import { myDataView } from '../../core/my-data-message';
import { translate } from '../../i18n/translate';
import { cardActivity } from '../cards/adaptive-card';
import { confirmDeleteCard, MY_DATA_VERBS, myDataCard, noticeCard } from '../cards/my-data-card';
import { personOf } from '../person-of';
import { replaceCard } from '../replace-card';
import type { TeamsDeps } from '../teams-deps';

/**
 * The buttons of the `my replies` card: *Radera mina svar* asks first
 * (the card becomes *Är du säker?*), *Ja, radera* deletes, *Avbryt* brings
 * the list back. Every step acts on the sender as Teams names them; the
 * card's data is only the verb, so no value can point at another person.
 */
export function registerMyDataActions(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionSubmit(MY_DATA_VERBS.delete, async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const view = await myDataView(deps.ctx, person, localeFor(deps.ctx.program, person));
    const card = view.deletion ? confirmDeleteCard(view.deletion) : myDataCard(view);
    await replaceCard(deps, turn, cardActivity(card, view.deletion?.title ?? view.message.fallback));
  });

  app.adaptiveCards.actionSubmit(MY_DATA_VERBS.confirm, async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const result = await deleteMyData(deps.ctx, person, localeFor(deps.ctx.program, person));
    await replaceCard(deps, turn, cardActivity(noticeCard(result.message), result.message));
  });

  app.adaptiveCards.actionSubmit(MY_DATA_VERBS.cancel, async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const locale = localeFor(deps.ctx.program, person);
    const cancelled = translate(locale, 'bot.myData.cancelled');
    await replaceCard(deps, turn, cardActivity(noticeCard(cancelled), cancelled));
  });
}
