import type { App, ViewSubmitAction } from '@slack/bolt';
import type { AnswerPlace } from '../../../core/answer-network';
import { contactOnce } from '../../../core/contact-once';
import type { Person } from '../../../core/person';
import { type SubmitResult, submitFormFrom } from '../../../core/submit-form';
import { translate } from '../../../i18n/translate';
import { confirmSubmission } from '../../confirm-submission';
import { ephemeralText } from '../../ephemeral';
import { type FormMetadata, parseFormMetadata } from '../../form-metadata';
import { openingKey } from '../../open-form-modal';
import { readSubmission, slackErrors } from '../../read-submission';
import { FORM_CALLBACK_ID } from '../../render/modal-view';
import type { SlackRuntime } from '../../slack-runtime';
import { slackPlace } from '../commands/slack-invocation';

/**
 * How long a submission waits for the store before Slack is answered anyway.
 * Slack gives 3 seconds; past this the modal stays open saying the text is
 * kept, and the save goes on in the background.
 */
export const SAVE_BUDGET_MS = 2_000;

/** The first input of a view, to hang an error on when the view itself is wrong. */
function firstInputBlock(view: ViewSubmitAction['view']): string {
  const input = (view.blocks as { type?: string; block_id?: string }[]).find((b) => b.type === 'input' && b.block_id);
  return input?.block_id ?? 'lnb_role';
}

/** `work`'s result, or 'late' once `ms` have passed without one. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Queues the confirmation. Made out here, so what waits in the queue (for
 * the acknowledgements under way, up to seconds under a burst) holds these
 * few values only, not the listener's scope: the whole submitted view, and
 * the saved replies with their history, for every queued confirmation.
 */
function confirmLater(rt: SlackRuntime, meta: FormMetadata, userId: string, viewId: string, text: string): void {
  rt.tasks.queue('confirm', () => confirmSubmission(rt, meta, userId, viewId, text));
}

/**
 * A submitted answer or minutes modal. The replies are stored before Slack
 * is answered: on success the modal closes, on a refusal (empty, too long,
 * the store failing) it stays open with the message on the field and the
 * person's text still in it. A store slower than SAVE_BUDGET_MS gets the
 * same open modal saying the text is kept, and the save is finished in the
 * background. The confirmation comes after, once per modal.
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
    // An answer's check and save read the person's contact: it is read beside the channel's network, not after it.
    const contacts = contactOnce(rt.ctx, person);
    if (meta.ref.kind === 'answer') contacts.get().catch(() => undefined);
    // Where the form was opened (the bot wrote it in the view): in a network's channel that network is theirs; from a DM, one of their own.
    const saving = slackPlace(rt.ctx, meta.channel ?? 'D')
      // The store failing here fails the save too, which says so on the form.
      .catch((): AnswerPlace => ({ kind: 'personal' }))
      .then((place) => submitFormFrom(rt.ctx, person, place, meta.ref, submission, contacts));
    const viewId = view.id;
    const saved = (result: SubmitResult) => {
      if (!result.ok) return;
      rt.opening.release(openingKey(person.userId, meta.ref));
      confirmLater(rt, meta, person.userId, viewId, ephemeralText(result.message).text);
    };
    const result = await within(saving, SAVE_BUDGET_MS);
    if (result === 'late') {
      rt.log.warn({ kind: meta.ref.kind }, 'slack form save slow; answered before it finished');
      await ack({ response_action: 'errors', errors: { [firstInputBlock(view)]: translate(meta.locale ?? fallbackLocale, 'slack.form.slowSave') } });
      rt.tasks.run('late save', async () => saved(await saving));
      return;
    }
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: slackErrors(result.errors) });
      return;
    }
    await ack();
    saved(result);
  });
}
