import { localeFor } from '../../../core/bot-context';
import { statusMessage } from '../../../core/status-message';
import { ephemeralMessage } from '../../ephemeral';
import type { SubcommandArgs } from './subcommand-args';

/** `/lnb status`: where the program stands, as far as this person may see. */
export async function lnbStatus({ rt, person, respond }: SubcommandArgs): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  const message = await statusMessage(rt.ctx, person, locale, rt.port.unreachable);
  await respond(ephemeralMessage(message, locale));
}
