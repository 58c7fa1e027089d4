import type { App, BlockButtonAction } from '@slack/bolt';
import { answerRefusal } from '../../../core/answer-network';
import { localeFor } from '../../../core/bot-context';
import type { FormKind } from '../../../core/form-model';
import { translate } from '../../../i18n/translate';
import { ACTION_IDS, parseActionValue } from '../../action-value';
import { ephemeralText } from '../../ephemeral';
import { openFormModal } from '../../open-form-modal';
import type { SlackRuntime } from '../../slack-runtime';
import { slackPlace } from '../commands/slack-invocation';

const KIND_OF_ACTION: Record<string, FormKind> = { [ACTION_IDS.answer]: 'answer', [ACTION_IDS.minutes]: 'minutes' };

/** *Svara* and *Dokumentera gruppens samtal*: already acknowledged (drop-repeats), the modal opens. */
export function register(app: App, rt: SlackRuntime): void {
  const pattern = new RegExp(`^(${Object.values(ACTION_IDS).join('|')})$`);
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: pattern }, async ({ body, action, respond }) => {
    const person = await rt.people.person(body.user.id);
    const notify = (text: string) => respond(ephemeralText(text));
    const value = parseActionValue(action.value);
    const kind = KIND_OF_ACTION[action.action_id];
    if (!value || !kind) {
      await notify(translate(localeFor(rt.ctx.program, person), 'bot.form.roundGone'));
      return;
    }
    const ref = { kind, ...value };
    await openFormModal(rt, {
      person,
      ref,
      // The value can be made by hand: the network it names is held to the one rule, from where the button was clicked.
      admit: async () => answerRefusal(rt.ctx, person, await slackPlace(rt.ctx, body.channel?.id ?? body.container?.channel_id ?? ''), ref),
      triggerId: body.trigger_id,
      channel: body.channel?.id,
      notify,
    });
  });
}
