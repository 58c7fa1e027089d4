import { localeFor } from '../../../core/bot-context';
import { networkOfChannel } from '../../../core/channel-of';
import { commandWords } from '../../../core/command-words';
import { currentRound } from '../../../core/round-window';
import { translate } from '../../../i18n/translate';
import { ephemeralText } from '../../ephemeral';
import { openFormModal } from '../../open-form-modal';
import type { SubcommandArgs } from './subcommand-args';

/** `/lnb answer`: the answer modal for this channel's network and the current round. */
export async function lnbAnswer({ rt, command, person, ack, respond }: SubcommandArgs): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  const network = await networkOfChannel(rt.ctx, 'slack', command.channel_id);
  if (!network) {
    await ack(ephemeralText(`${translate(locale, 'bot.channel.notLinked', commandWords('slack', locale))} ${translate(locale, 'slack.answer.notInChannel')}`));
    return;
  }
  const round = currentRound(rt.ctx.program, rt.ctx.clock.now());
  if (!round) {
    await ack(ephemeralText(translate(locale, 'slack.answer.noRound')));
    return;
  }
  // Acknowledge first: the trigger id stays valid for 3 seconds, the command's answer must come within them too.
  await ack();
  await openFormModal(rt, {
    person,
    ref: { kind: 'answer', program: rt.ctx.program.program.id, round: round.number, network: network.id },
    triggerId: command.trigger_id,
    channel: command.channel_id,
    notify: (text) => respond(ephemeralText(text)),
  });
}
