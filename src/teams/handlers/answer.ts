import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { networkOfChannel } from '../../core/channel-of';
import { accessOf } from '../../core/person';
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
 * `answer [network]`: the current round's form. In a network's channel the
 * network is the channel's; in a personal chat it is named, or the one the
 * person leads.
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
    const named = parseCommand(turn.activity.text).args[0]?.toLowerCase();
    const inChannel = !isPersonalConversation(turn.activity);
    const channelNetwork = inChannel
      ? (await networkOfChannel(ctx, 'teams', baseConversationId(turn.activity.conversation.id)))?.id
      : undefined;
    const leads = accessOf(program, person).leads;
    const network =
      program.networks.find((n) => n.id === named)?.id ?? channelNetwork ?? (leads.length === 1 ? leads[0] : undefined);
    if (!network) {
      const networks = program.networks.map((n) => n.id).join(', ');
      await replyText(turn, inChannel && !named ? t('teams.channel.notLinked') : t('teams.answer.which', { networks }));
      return;
    }
    await showForm(deps, turn, person, { kind: 'answer', program: program.program.id, round: round.number, network });
  });
}
