import { chooseAnswerNetwork } from '../../../core/answer-network';
import { localeFor } from '../../../core/bot-context';
import { networkOfChannel } from '../../../core/channel-of';
import { commandWords } from '../../../core/command-words';
import { currentRound } from '../../../core/round-window';
import { translate } from '../../../i18n/translate';
import { ephemeralText } from '../../ephemeral';
import { openFormModal } from '../../open-form-modal';
import type { SubcommandArgs } from './subcommand-args';

/**
 * `/lnb answer`: the answer modal for this channel's network and the
 * current round. The round is known from the program; the channel's network
 * may need the store, so it is looked up once the modal is open.
 */
export async function lnbAnswer({ rt, command, person, words, respond }: SubcommandArgs): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  const round = currentRound(rt.ctx.program, rt.ctx.clock.now());
  if (!round) {
    await respond(ephemeralText(translate(locale, 'slack.answer.noRound')));
    return;
  }
  await openFormModal(rt, {
    person,
    ref: async () => {
      // The one rule for every platform (core/answer-network.ts); a direct message is a personal chat.
      const personal = command.channel_id.startsWith('D') || command.channel_name === 'directmessage';
      const network = personal ? undefined : (await networkOfChannel(rt.ctx, 'slack', command.channel_id))?.id;
      if (!personal && !network) return `${translate(locale, 'bot.channel.notLinked', commandWords('slack', locale))} ${translate(locale, 'slack.answer.notInChannel')}`;
      const chosen = await chooseAnswerNetwork(rt.ctx, person, personal ? { kind: 'personal' } : { kind: 'channel', network }, words[0]);
      if (!chosen.ok) return chosen.message;
      return { kind: 'answer', program: rt.ctx.program.program.id, round: round.number, network: chosen.network };
    },
    triggerId: command.trigger_id,
    channel: command.channel_id,
    notify: (text) => respond(ephemeralText(text)),
  });
}
