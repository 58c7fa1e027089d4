import type { Application } from '@microsoft/teams-ai';
import { answerRefusal } from '../../core/answer-network';
import { formRefOf } from '../card-data';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import { showForm } from '../show-form';
import type { TeamsDeps } from '../teams-deps';
import { teamsPlace } from '../teams-invocation';

/** *Svara*, *Dokumentera…* and *Ändra*: a card's Action.Submit with `lnb: 'open'`. */
export function registerOpenForm(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionSubmit('open', async (turn, _state, data) => {
    const person = personOf(turn.activity);
    const ref = formRefOf(data);
    if (!person || !ref) {
      deps.ctx.log.warn('teams card action without a usable form reference; ignored');
      return;
    }
    // The data can be made by hand: the network it names is held to the one rule, from where it was clicked.
    const refused = await answerRefusal(deps.ctx, person, await teamsPlace(deps.ctx, turn.activity), ref);
    if (refused !== undefined) return replyText(turn, refused);
    await showForm(deps, turn, person, ref);
  });
}
