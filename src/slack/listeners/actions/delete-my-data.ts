import type { App, BlockButtonAction } from '@slack/bolt';
import { escapeMrkdwn } from '../../../compile/escape';
import { localeFor } from '../../../core/bot-context';
import { deleteMyData } from '../../../core/delete-my-data';
import { DELETE_MY_DATA_ACTION } from '../../render/delete-my-data-button';
import type { SlackRuntime } from '../../slack-runtime';

/**
 * *Radera mina svar*, after Slack's confirmation dialog. Whose data goes is
 * the clicking user's as Slack signed it (`body.user.id`); the button's
 * value is ignored, so a forged value cannot name anyone else. The listing,
 * which shows the person's own text, is replaced by the outcome. Already
 * acknowledged (drop-repeats).
 */
export function register(app: App, rt: SlackRuntime): void {
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: DELETE_MY_DATA_ACTION }, async ({ body, respond }) => {
    const person = await rt.people.person(body.user.id);
    const result = await deleteMyData(rt.ctx, person, localeFor(rt.ctx.program, person));
    await respond({ response_type: 'ephemeral', replace_original: true, text: escapeMrkdwn(result.message) });
  });
}
