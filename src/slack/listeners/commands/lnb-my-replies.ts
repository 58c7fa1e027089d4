import { localeFor } from '../../../core/bot-context';
import { myDataView } from '../../../core/my-data-message';
import { translate } from '../../../i18n/translate';
import { deleteMyDataBlock } from '../../render/delete-my-data-button';
import { renderMessage } from '../../render/message-blocks';
import type { SubcommandArgs } from './subcommand-args';

/**
 * `/lnb mina-svar` (`my-replies`): what the bot holds about the person who
 * typed it, privately (ephemeral, wherever it is typed), with the delete
 * button when there is anything to delete.
 */
export async function lnbMyReplies({ rt, person, respond }: SubcommandArgs): Promise<void> {
  const locale = localeFor(rt.ctx.program, person);
  const view = await myDataView(rt.ctx, person, locale);
  const rendered = renderMessage(view.message, locale, {
    tail: view.deletion ? [deleteMyDataBlock(view.deletion)] : [],
    truncated: translate(locale, 'slack.myData.truncated'),
  });
  await respond({ response_type: 'ephemeral', replace_original: false, text: rendered.text, blocks: rendered.blocks });
}
