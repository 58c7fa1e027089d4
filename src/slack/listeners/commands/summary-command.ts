import type { App, SlashCommand } from '@slack/bolt';
import { localeFor } from '../../../core/bot-context';
import { networkOfChannel } from '../../../core/channel-of';
import { decideSummary, deliverSummary } from '../../../core/summary-request';
import { type EphemeralResponse, ephemeralText } from '../../ephemeral';
import type { SlackRuntime } from '../../slack-runtime';

/**
 * `/summary [round] [network]`, already acknowledged (drop-repeats): the
 * person is told privately what will happen (or who may ask); the
 * compilation is built after that and arrives as a direct message with the
 * Word file.
 */
export async function handleSummaryCommand(rt: SlackRuntime, command: SlashCommand, respond: (r: EphemeralResponse) => Promise<unknown>): Promise<void> {
  const person = await rt.people.person(command.user_id);
  const locale = localeFor(rt.ctx.program, person);
  const channelNetwork = (await networkOfChannel(rt.ctx, 'slack', command.channel_id))?.id;
  const words = command.text.trim().split(/\s+/).filter(Boolean);
  const decision = decideSummary(rt.ctx, person, words, locale, channelNetwork);
  await respond(ephemeralText(decision.message));
  if (decision.ok) {
    rt.log.info({ round: decision.scope.round, network: decision.scope.network ?? null }, 'summary requested');
    rt.tasks.run('summary', () => deliverSummary(rt.ctx, person, decision.scope, locale));
  }
}

export function register(app: App, rt: SlackRuntime): void {
  app.command('/summary', async ({ command, respond }) => {
    await handleSummaryCommand(rt, command, (response) => respond(response));
  });
}
