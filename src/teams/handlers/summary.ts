import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { networkOfChannel } from '../../core/channel-of';
import { decideSummary, deliverSummary } from '../../core/summary-request';
import { commandSelector } from '../command-selector';
import { baseConversationId, isPersonalConversation } from '../conversation';
import { parseCommand } from '../parse-command';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `summary [round] [network]`: the same rules as on Slack decide who may
 * have which. The answer comes at once; the compilation, which takes a
 * while, follows in the person's personal chat with a link to the Word file.
 */
export function registerSummary(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('summary'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const { ctx } = deps;
    const locale = localeFor(ctx.program, person);
    const channelNetwork = isPersonalConversation(turn.activity)
      ? undefined
      : (await networkOfChannel(ctx, 'teams', baseConversationId(turn.activity.conversation.id)))?.id;
    const decision = decideSummary(ctx, person, parseCommand(turn.activity.text).args, locale, channelNetwork);
    await replyText(turn, decision.message);
    if (!decision.ok) return;
    // The rules deliver through ctx.ports[platform]; this port is Teams' whether or not start-up registered it.
    const withPort = { ...ctx, ports: { ...ctx.ports, teams: deps.port } };
    deps.background(deliverSummary(withPort, person, decision.scope, locale));
  });
}
