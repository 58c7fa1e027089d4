import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { translate } from '../../i18n/translate';
import { commandSelector } from '../command-selector';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/** `help`: the commands as Teams people type them (with the @-mention in a channel). */
export function registerHelp(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('help'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    await replyText(turn, translate(localeFor(deps.ctx.program, person), 'teams.help.text'));
  });
}
