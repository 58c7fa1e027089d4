import type { App, BlockButtonAction } from '@slack/bolt';
import { localeFor } from '../../../core/bot-context';
import type { FormKind } from '../../../core/form-model';
import { translate } from '../../../i18n/translate';
import { ACTION_IDS, parseActionValue } from '../../action-value';
import { ephemeralText } from '../../ephemeral';
import { openFormModal } from '../../open-form-modal';
import type { SlackRuntime } from '../../slack-runtime';

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
    await openFormModal(rt, {
      person,
      ref: { kind, ...value },
      triggerId: body.trigger_id,
      channel: body.channel?.id,
      notify,
    });
  });
}
