import type { Application } from '@microsoft/teams-ai';
import { formRefOf } from '../card-data';
import { personOf } from '../person-of';
import { showForm } from '../show-form';
import type { TeamsDeps } from '../teams-deps';

/** *Svara*, *Dokumentera…* and *Ändra*: a card's Action.Submit with `lnb: 'open'`. */
export function registerOpenForm(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionSubmit('open', async (turn, _state, data) => {
    const person = personOf(turn.activity);
    const ref = formRefOf(data);
    if (!person || !ref) {
      deps.ctx.log.warn('teams card action without a usable form reference; ignored');
      return;
    }
    await showForm(deps, turn, person, ref);
  });
}
