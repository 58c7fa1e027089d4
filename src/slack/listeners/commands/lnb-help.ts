import { localeFor } from '../../../core/bot-context';
import { translate } from '../../../i18n/translate';
import { ephemeralText } from '../../ephemeral';
import type { SubcommandArgs } from './subcommand-args';

/** `/lnb help` (and `/lnb` alone): what the bot can do. An unknown subcommand says so first. */
export async function lnbHelp({ rt, person, respond }: SubcommandArgs, unknown = false): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  const help = translate(locale, 'slack.help.text');
  await respond(ephemeralText(unknown ? `${translate(locale, 'slack.unknownCommand')}\n\n${help}` : help));
}
