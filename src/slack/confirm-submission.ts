import { EphemeralTimeoutError } from './ephemeral-poster';
import type { FormMetadata } from './form-metadata';
import type { SlackRuntime } from './slack-runtime';
import { isTimeout } from './web-client-options';

/**
 * The private confirmation of a saved form, once per modal (by view id,
 * shared between instances on Redis), in the background: in the channel the
 * form was opened from, else in the person's direct message.
 */
export async function confirmSubmission(rt: SlackRuntime, meta: FormMetadata, userId: string, viewId: string, text: string): Promise<void> {
  if (!(await rt.confirmed.claim(viewId))) return;
  try {
    if (!meta.channel) throw new Error('no channel');
    await rt.ephemerals.post({ channel: meta.channel, user: userId, text });
  } catch (e) {
    // Slack did not answer in time: the message may well be there, and a second one would repeat it.
    if (e instanceof EphemeralTimeoutError || isTimeout(e)) return;
    // Not in that channel any more, or opened from a direct message: say it there.
    await rt.client.chat.postMessage({ channel: userId, text });
  }
}
