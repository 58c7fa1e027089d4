import type { types } from '@slack/bolt';
import type { DeletionPrompt } from '../../core/my-data-message';
import { fitPlain } from './fit-text';

/** The action id of *Radera mina svar*; its value is never read (who clicks is who is deleted). */
export const DELETE_MY_DATA_ACTION = 'lnb_delete_my_data';

/**
 * The delete button, with Slack's own confirmation dialog (`confirm`): the
 * click reaches the bot only after *Ja, radera*, so one slip deletes nothing.
 */
export function deleteMyDataBlock(prompt: DeletionPrompt): types.KnownBlock {
  return {
    type: 'actions',
    block_id: 'lnb_my_data',
    elements: [
      {
        type: 'button',
        action_id: DELETE_MY_DATA_ACTION,
        style: 'danger',
        text: { type: 'plain_text', text: fitPlain(prompt.button, 75) },
        value: 'delete',
        confirm: {
          style: 'danger',
          title: { type: 'plain_text', text: fitPlain(prompt.title, 100) },
          text: { type: 'plain_text', text: fitPlain(prompt.text, 300) },
          confirm: { type: 'plain_text', text: fitPlain(prompt.confirm, 30) },
          deny: { type: 'plain_text', text: fitPlain(prompt.cancel, 30) },
        },
      },
    ],
  };
}
