import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { translate } from '../../i18n/translate';
import { commandSelector } from '../command-selector';
import { helpTextKey } from '../help-text-key';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/** `help`: the commands as people type them (in Teams with the @-mention in a channel; in the local chat the word alone). */
export function registerHelp(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('help'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    await replyText(turn, translate(localeFor(deps.ctx.program, person), helpTextKey(turn.activity)));
  });
}
