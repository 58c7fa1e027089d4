import { localeFor } from '../core/bot-context';
import type { FormRef } from '../core/form-model';
import { formRefusal, openForm } from '../core/open-form';
import type { Person } from '../core/person';
import { asCodedError } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import { renderModal } from './render/modal-view';
import { loadingView, noticeView } from './render/notice-view';
import type { SlackRuntime } from './slack-runtime';

export interface OpenFormRequest {
  person: Person;
  /** The form, or (`/lnb answer`) how to find it once the modal is open: it may need the store. */
  ref: FormRef | (() => Promise<FormRef | string>);
  triggerId: string;
  /** Whether the rules let this person have the form from where they are (a store read): run once the modal is loading; a message when not. */
  admit?: () => Promise<string | undefined>;
  /** Where the person clicked or typed, for the confirmation after submit. */
  channel?: string;
  /** Tells the person something privately (a refusal, a failure). */
  notify: (text: string) => Promise<unknown>;
}

/** Which modal a person is opening; a submission releases it, so reopening at once works. */
export function openingKey(userId: string, ref: FormRef): string {
  return [userId, ref.kind, ref.program, ref.round, ref.network].join('/');
}

/**
 * Opens the loading modal on the trigger: the trigger id is good for three
 * seconds, so it is used before anything is read from the store. Undefined
 * when Slack refused it (most often an expired trigger; a click again works).
 */
async function openLoading(rt: SlackRuntime, triggerId: string, locale: Locale): Promise<{ id: string; hash?: string } | undefined> {
  try {
    const opened = await rt.client.views.open({ trigger_id: triggerId, view: loadingView(locale) });
    return opened.view?.id ? { id: opened.view.id, hash: opened.view.hash } : undefined;
  } catch (e) {
    rt.log.warn({ err: asCodedError(e).message }, 'slack modal not opened');
    return undefined;
  }
}

/**
 * The answer or minutes modal, filled with what the person saved before.
 * What the program alone refuses is said privately, without a modal. Else a
 * loading modal opens at once and is replaced by the form (or by why there
 * is none) once the store has answered. A second click on the same button
 * within a few seconds opens nothing: Slack would stack a second modal.
 */
export async function openFormModal(rt: SlackRuntime, req: OpenFormRequest): Promise<void> {
  const { person } = req;
  const locale = localeFor(rt.ctx.program, person);
  const known = typeof req.ref === 'function' ? undefined : req.ref;
  if (known) {
    const refusal = formRefusal(rt.ctx, person, known);
    if (refusal !== undefined) return void (await req.notify(refusal));
    if (!rt.opening.claim(openingKey(person.userId, known))) {
      rt.log.debug({ kind: known.kind }, 'form already opening; second click ignored');
      return;
    }
  }
  const modal = await openLoading(rt, req.triggerId, locale);
  if (!modal) {
    if (known) rt.opening.release(openingKey(person.userId, known));
    await req.notify(translate(locale, 'bot.error'));
    return;
  }
  const show = async (view: ReturnType<typeof noticeView>) => {
    await rt.client.views.update({ view_id: modal.id, ...(modal.hash ? { hash: modal.hash } : {}), view });
  };
  let ref: FormRef | undefined = known;
  try {
    const refused = await req.admit?.();
    if (refused !== undefined) {
      if (known) rt.opening.release(openingKey(person.userId, known));
      return await show(noticeView(refused, locale));
    }
    if (!ref) {
      const found = await (req.ref as () => Promise<FormRef | string>)();
      if (typeof found === 'string') return await show(noticeView(found, locale));
      ref = found;
    }
    const opened = await openForm(rt.ctx, person, ref);
    if (!opened.ok) return await show(noticeView(opened.message, locale));
    await show(renderModal(opened.form, { ref, user: person.userId, channel: req.channel, locale: person.locale }, locale));
  } catch (e) {
    // The store failed, or the person closed the modal meanwhile (views.update then fails: nothing to show it in).
    if (known) rt.opening.release(openingKey(person.userId, known));
    rt.log.warn({ err: asCodedError(e).message }, 'slack form not shown');
    await show(noticeView(translate(locale, 'bot.error'), locale)).catch(() => undefined);
  }
}
