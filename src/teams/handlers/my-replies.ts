import type { TurnContext } from 'botbuilder';
import { myDataView } from '../../core/my-data-message';
import type { Person } from '../../core/person';
import { asCodedError } from '../../errors';
import { type Locale, translate } from '../../i18n/translate';
import { cardActivity } from '../cards/adaptive-card';
import { fitCard } from '../cards/fit-card';
import { myDataCard } from '../cards/my-data-card';
import { isPersonalConversation } from '../conversation';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `my replies` (`mina svar`, `mina-svar`): what the bot holds about the
 * sender. It shows their own text, so like a form it is only ever shown in
 * their personal chat: typed in a channel, it goes there and the channel
 * is told only that it went.
 */
export async function sendMyReplies(deps: TeamsDeps, turn: TurnContext, person: Person, locale: Locale): Promise<void> {
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
    deps.ctx.log.warn({ err: asCodedError(e).message }, 'my replies not sent privately');
    await replyText(turn, translate(locale, 'teams.myData.privateFailed'));
  }
}
