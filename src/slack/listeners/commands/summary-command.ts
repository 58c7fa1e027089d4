import type { App } from '@slack/bolt';
import { localeFor } from '../../../core/bot-context';
import { networkOfChannel } from '../../../core/channel-of';
import { decideSummary, deliverSummary } from '../../../core/summary-request';
import { ephemeralText } from '../../ephemeral';
import type { SlackRuntime } from '../../slack-runtime';

/**
 * `/summary [round] [network]`: answered at once, privately, with what will
 * happen (or who may ask); the compilation is built after the answer and
 * arrives as a direct message with the Word file.
 */
export function register(app: App, rt: SlackRuntime): void {
  app.command('/summary', async ({ command, ack }) => {
    const person = await rt.people.person(command.user_id);
    const locale = localeFor(rt.ctx.program, person);
    const channelNetwork = (await networkOfChannel(rt.ctx, 'slack', command.channel_id))?.id;
    const words = command.text.trim().split(/\s+/).filter(Boolean);
    const decision = decideSummary(rt.ctx, person, words, locale, channelNetwork);
    await ack(ephemeralText(decision.message));
    if (decision.ok) {
      rt.log.info({ round: decision.scope.round, network: decision.scope.network ?? null }, 'summary requested');
      rt.tasks.run('summary', () => deliverSummary(rt.ctx, person, decision.scope, locale));
    }
  });
}
