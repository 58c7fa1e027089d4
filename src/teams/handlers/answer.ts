import type { Application } from '@microsoft/teams-ai';
import { type AnswerPlace, chooseAnswerNetwork } from '../../core/answer-network';
import { localeFor } from '../../core/bot-context';
import { networkOfChannel } from '../../core/channel-of';
import { currentRound } from '../../core/round-window';
import { translate } from '../../i18n/translate';
import { commandSelector } from '../command-selector';
import { baseConversationId, isPersonalConversation } from '../conversation';
import { parseCommand } from '../parse-command';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import { showForm } from '../show-form';
import type { TeamsDeps } from '../teams-deps';

/**
 * `answer [network]`: the current round's form, for the network the one
 * rule of core/answer-network.ts gives: in a network's channel the channel's;
 * in a personal chat one of the person's own networks.
 */
export function registerAnswer(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('answer'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const { ctx } = deps;
    const { program } = ctx;
    const t = (key: string, vars?: Record<string, string>) => translate(localeFor(program, person), key, vars);
    const round = currentRound(program, ctx.clock.now());
    if (!round) {
      await replyText(turn, t('teams.answer.noRound'));
      return;
    }
    const named = parseCommand(turn.activity.text).args[0];
    const place: AnswerPlace = isPersonalConversation(turn.activity)
      ? { kind: 'personal' }
      : { kind: 'channel', network: (await networkOfChannel(ctx, 'teams', baseConversationId(turn.activity.conversation.id)))?.id };
    // The one rule for every platform (core/answer-network.ts).
    const chosen = await chooseAnswerNetwork(ctx, person, place, named);
    if (!chosen.ok) {
      await replyText(turn, place.kind === 'channel' && place.network === undefined ? t('teams.channel.notLinked') : chosen.message);
      return;
    }
    const network = chosen.network;
    await showForm(deps, turn, person, { kind: 'answer', program: program.program.id, round: round.number, network });
  });
}
