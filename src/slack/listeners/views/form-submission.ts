import type { App, ViewSubmitAction } from '@slack/bolt';
import type { Person } from '../../../core/person';
import { submitForm } from '../../../core/submit-form';
import { translate } from '../../../i18n/translate';
import { ephemeralText } from '../../ephemeral';
import { parseFormMetadata } from '../../form-metadata';
import { openingKey } from '../../open-form-modal';
import { readSubmission, slackErrors } from '../../read-submission';
import { FORM_CALLBACK_ID } from '../../render/modal-view';
import type { SlackRuntime } from '../../slack-runtime';
import { isTimeout } from '../../web-client-options';

/** The first input of a view, to hang an error on when the view itself is wrong. */
function firstInputBlock(view: ViewSubmitAction['view']): string {
  const input = (view.blocks as { type?: string; block_id?: string }[]).find((b) => b.type === 'input' && b.block_id);
  return input?.block_id ?? 'lnb_role';
}

/**
 * A submitted answer or minutes modal. The replies are stored before Slack
 * is answered: on success the modal closes, on a refusal (empty, too long,
 * the store failing) it stays open with the message on the field and the
 * person's text still in it. The confirmation comes after, once per modal.
 */
export function register(app: App, rt: SlackRuntime): void {
  app.view<ViewSubmitAction>(FORM_CALLBACK_ID, async ({ ack, body, view }) => {
    const meta = parseFormMetadata(view.private_metadata);
    const fallbackLocale = rt.ctx.program.program.locale;
    if (!meta) {
      await ack({ response_action: 'errors', errors: { [firstInputBlock(view)]: translate(fallbackLocale, 'bot.form.roundGone') } });
      return;
    }
    // The view must be the submitter's own: a payload carrying someone
    // else's modal would otherwise write under their name.
    if (meta.user !== body.user.id) {
      rt.log.warn({ kind: meta.ref.kind }, 'slack form submitted by another user; refused');
      await ack({ response_action: 'errors', errors: { [firstInputBlock(view)]: translate(meta.locale ?? fallbackLocale, 'slack.form.wrongUser') } });
      return;
    }
    const person: Person = meta.locale ? { platform: 'slack', userId: body.user.id, locale: meta.locale } : { platform: 'slack', userId: body.user.id };
    const submission = readSubmission(rt.ctx.program, meta.ref, view.state.values);
    const result = await submitForm(rt.ctx, person, meta.ref, submission);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: slackErrors(result.errors) });
      return;
    }
    await ack();
    rt.opening.release(openingKey(person.userId, meta.ref));
    if (!(await rt.confirmed.claim(view.id))) return;
    const text = ephemeralText(result.message).text;
    rt.tasks.run('confirm', async () => {
      try {
        if (!meta.channel) throw new Error('no channel');
        await rt.client.chat.postEphemeral({ channel: meta.channel, user: person.userId, text });
      } catch (e) {
        // Slack did not answer in time: the message may well be there, and a second one would repeat it.
        if (isTimeout(e)) return;
        // Not in that channel any more, or opened from a direct message: say it there.
        await rt.client.chat.postMessage({ channel: person.userId, text });
      }
    });
  });
}
