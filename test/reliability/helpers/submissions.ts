import type { FormRef } from '../../../src/core/form-model';
import type { Store } from '../../../src/store/open-store';
import { consented, selectedRole, typed, viewSubmissionBody } from '../../slack/slack-payloads';
import { cardSubmit, type Sender } from '../../teams/helpers/teams-activities';

/** The view our bot opens for a form, as Slack sends it back: only what the handler reads. */
export function slackView(ref: FormRef, user: string, channel: string) {
  return {
    blocks: [{ type: 'input', block_id: 'q_behov' }],
    private_metadata: JSON.stringify({ ref, user, channel }),
    callback_id: 'lnb_form',
  };
}

/** A signed-later `view_submission` of an answer form, with the text and option given. */
export function slackSubmission(
  ref: FormRef,
  user: string,
  channel: string,
  text: string,
  option: 'o0' | 'o1' | 'o2' = 'o0',
  viewId = `V-${user}-${ref.network}`,
): string {
  return viewSubmissionBody({
    user,
    view: slackView(ref, user, channel),
    viewId,
    values: {
      q_behov: typed(text),
      q_nojd: { value: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: 'x' }, value: option } } },
      lnb_role: selectedRole('anhorig'),
      lnb_consent: consented(true),
    },
  });
}

export const teamsSender = (aad: string): Sender => ({ id: `29:${aad}`, aadObjectId: aad, name: aad });

/** An Action.Submit of the answer card (in the person's 1:1 chat), replying to the form card `replyToId`. */
export function teamsSubmission(serviceUrl: string, ref: FormRef, aad: string, text: string, replyToId: string, option = 'Ja') {
  return cardSubmit(
    serviceUrl,
    teamsSender(aad),
    { lnb: 'submit', ...ref, 'q.behov': text, 'q.nojd': option, 'f.role': 'anhorig', 'f.consent': 'true' },
    replyToId,
  );
}

/**
 * What opening a form in its network's channel leaves behind: the network is
 * the person's to answer for (core/answer-network.ts). A submission sent
 * straight to the bot stands for one whose form the bot showed that way.
 */
export async function openedFromChannel(store: Store, platform: 'slack' | 'teams', submissions: readonly { userId: string; network: string }[]): Promise<void> {
  const byUser = new Map<string, Set<string>>();
  for (const s of submissions) byUser.set(s.userId, (byUser.get(s.userId) ?? new Set()).add(s.network));
  for (const [userId, networks] of byUser) {
    const contact = await store.contacts.get(platform, userId);
    const known = new Set([...(contact?.networks ?? []), ...networks]);
    await store.contacts.set({ ...(contact ?? { platform, userId }), networks: [...known], updatedAt: new Date(0).toISOString() });
  }
}
