import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { translate } from '../../i18n/translate';
import { helpTextKey } from '../help-text-key';
import { parseCommand } from '../parse-command';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * Any other text. In a channel the bot only hears messages that mention
 * it, so every one is meant for it: a bare mention gets the help, a word
 * it does not know says so. Registered last, after every command.
 */
export function registerUnknown(app: Application, deps: TeamsDeps): void {
  app.activity('message', async (turn) => {
    const person = personOf(turn.activity);
    if (!person || (turn.activity.value !== undefined && !turn.activity.text)) return;
    const locale = localeFor(deps.ctx.program, person);
    const { word } = parseCommand(turn.activity.text);
    await replyText(turn, translate(locale, word ? 'teams.unknownCommand' : helpTextKey(turn.activity)));
  });
}
