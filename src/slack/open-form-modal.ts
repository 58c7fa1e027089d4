import { localeFor } from '../core/bot-context';
import type { FormRef } from '../core/form-model';
import { openForm } from '../core/open-form';
import type { Person } from '../core/person';
import { translate } from '../i18n/translate';
import { renderModal } from './render/modal-view';
import type { SlackRuntime } from './slack-runtime';

export interface OpenFormRequest {
  person: Person;
  ref: FormRef;
  triggerId: string;
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
 * Opens the answer or minutes modal, filled with what the person saved
 * before. A second click on the same button within a few seconds opens
 * nothing: Slack would stack a second modal over the first.
 */
export async function openFormModal(rt: SlackRuntime, req: OpenFormRequest): Promise<void> {
  const { person, ref } = req;
  const locale = localeFor(rt.ctx.program, person);
  const key = openingKey(person.userId, ref);
  if (!rt.opening.claim(key)) {
    rt.log.debug({ kind: ref.kind }, 'form already opening; second click ignored');
    return;
  }
  const opened = await openForm(rt.ctx, person, ref);
  if (!opened.ok) {
    rt.opening.release(key);
    await req.notify(opened.message);
    return;
  }
  const view = renderModal(opened.form, { ref, user: person.userId, channel: req.channel, locale: person.locale }, locale);
  try {
    await rt.client.views.open({ trigger_id: req.triggerId, view });
  } catch (e) {
    // Most often an expired trigger (more than 3 s passed): a click again works.
    rt.opening.release(key);
    rt.log.warn({ err: e instanceof Error ? e.message : String(e), kind: ref.kind }, 'slack modal not opened');
    await req.notify(translate(locale, 'bot.error'));
  }
}
