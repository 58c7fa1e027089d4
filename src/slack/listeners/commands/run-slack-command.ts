import type { SlashCommand } from '@slack/bolt';
import { localeFor } from '../../../core/bot-context';
import { commandHelp } from '../../../core/commands/command-help';
import { parseCommandText } from '../../../core/commands/parse-command-text';
import { type RuleCall, resolveCommand } from '../../../core/commands/resolve-command';
import { linkChannel } from '../../../core/link-channel';
import { myDataView } from '../../../core/my-data-message';
import type { Person } from '../../../core/person';
import { statusMessage } from '../../../core/status-message';
import { deliverSummary } from '../../../core/summary-request';
import { translate } from '../../../i18n/translate';
import { type EphemeralResponse, ephemeralMessage, ephemeralText } from '../../ephemeral';
import { openFormModal } from '../../open-form-modal';
import { deleteMyDataBlock } from '../../render/delete-my-data-button';
import { renderMessage } from '../../render/message-blocks';
import type { SlackRuntime } from '../../slack-runtime';
import { slackInvocation } from './slack-invocation';

export type Respond = (response: EphemeralResponse) => Promise<unknown>;

/** Carries out what the rules decided, the Slack way: privately through the command's response_url. */
async function carryOut(rt: SlackRuntime, person: Person, command: SlashCommand, call: RuleCall, respond: Respond): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  switch (call.rule) {
    case 'refuse':
      return void (await respond(ephemeralText(call.message)));
    case 'help':
      return void (await respond(ephemeralMessage(commandHelp('slack', locale, call.unknown), locale)));
    case 'status':
      return void (await respond(ephemeralMessage(await statusMessage(rt.ctx, person, locale), locale)));
    case 'link':
      return void (await respond(ephemeralText((await linkChannel(rt.ctx, person, call.network, { channel: command.channel_id })).message)));
    case 'myReplies': {
      // What the bot holds about the person, privately wherever it is typed, with the delete button when there is anything.
      const view = await myDataView(rt.ctx, person, locale);
      const rendered = renderMessage(view.message, locale, {
        tail: view.deletion ? [deleteMyDataBlock(view.deletion)] : [],
        truncated: translate(locale, 'slack.myData.truncated'),
      });
      return void (await respond({ response_type: 'ephemeral', replace_original: false, text: rendered.text, blocks: rendered.blocks }));
    }
    case 'summary':
      await respond(ephemeralText(call.message));
      rt.log.info({ round: call.scope.round, network: call.scope.network ?? null }, 'summary requested');
      rt.tasks.run('summary', () => deliverSummary(rt.ctx, person, call.scope, locale));
      return;
    case 'openForm':
      // Reached only through `answer`, whose modal opens before the rules run (see runSlackCommand).
      return;
  }
}

/**
 * One slash command, already acknowledged (drop-repeats): the command
 * table's rule, carried out privately. `answer` opens its modal on the
 * trigger first (it is good for three seconds) and finds the network once
 * the modal shows it is loading.
 */
export async function runSlackCommand(rt: SlackRuntime, command: SlashCommand, respond: Respond): Promise<void> {
  const person = await rt.people.person(command.user_id);
  const first = command.command === '/lnb' ? parseCommandText(command.text).name : undefined;
  if (first === 'answer') {
    await openFormModal(rt, {
      person,
      ref: async () => {
        const call = await resolveCommand(rt.ctx, await slackInvocation(rt.ctx, person, command));
        return call.rule === 'openForm' ? call.ref : call.rule === 'refuse' ? call.message : translate(localeFor(rt.ctx.program, person), 'bot.error');
      },
      triggerId: command.trigger_id,
      channel: command.channel_id,
      notify: (text) => respond(ephemeralText(text)),
    });
    return;
  }
  const call = await resolveCommand(rt.ctx, await slackInvocation(rt.ctx, person, command));
  await carryOut(rt, person, command, call, respond);
}
