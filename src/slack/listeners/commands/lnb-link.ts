import { linkChannel } from '../../../core/link-channel';
import { ephemeralText } from '../../ephemeral';
import type { SubcommandArgs } from './subcommand-args';

/** `/lnb link <network>`: a coordinator ties this channel to a network. */
export async function lnbLink({ rt, command, person, words, respond }: SubcommandArgs): Promise<void> {
  const result = await linkChannel(rt.ctx, person, words[0], { channel: command.channel_id });
  // A new channel deserves a fresh try: forget that the old one was unreachable.
  if (result.ok) rt.port.unreachable.delete(words[0]?.trim().toLowerCase() ?? '');
  await respond(ephemeralText(result.message));
}
