import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { myDataView } from '../../core/my-data-message';
import { translate } from '../../i18n/translate';
import { cardActivity } from '../cards/adaptive-card';
import { fitCard } from '../cards/fit-card';
import { myDataCard } from '../cards/my-data-card';
import { commandSelector } from '../command-selector';
import { isPersonalConversation } from '../conversation';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `my replies` (`mina svar`, `mina-svar`): what the bot holds about the
 * sender. It shows their own text, so like a form it is only ever shown in
 * their personal chat: typed in a channel, it goes there and the channel
 * is told only that it went.
 */
export function registerMyReplies(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('myReplies'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const locale = localeFor(deps.ctx.program, person);
    const view = await myDataView(deps.ctx, person, locale);
    const activity = cardActivity(fitCard(myDataCard(view), translate(locale, 'teams.card.trimmedMyData')), view.message.fallback);
    if (isPersonalConversation(turn.activity)) {
      await turn.sendActivity(activity);
      return;
    }
    try {
      await deps.port.send(await deps.port.personalReference(person.userId), activity);
      await replyText(turn, translate(locale, 'teams.myData.privateSent'));
    } catch (e) {
      deps.ctx.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'my replies not sent privately');
      await replyText(turn, translate(locale, 'teams.myData.privateFailed'));
    }
  });
}
