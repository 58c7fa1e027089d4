import type { Application } from '@microsoft/teams-ai';
import { localeFor } from '../../core/bot-context';
import { linkChannel } from '../../core/link-channel';
import { accessOf } from '../../core/person';
import { translate } from '../../i18n/translate';
import { commandSelector } from '../command-selector';
import { conversationContactId, conversationReferenceOf, isPersonalConversation } from '../conversation';
import { parseCommand } from '../parse-command';
import { personOf } from '../person-of';
import { replyText } from '../reply';
import type { TeamsDeps } from '../teams-deps';

/**
 * `@bot link <network>` in a channel: the coordinator ties the channel to a
 * network. The link carries the channel's conversation reference (without
 * the thread), which is all the port needs to post there later.
 */
export function registerLink(app: Application, deps: TeamsDeps): void {
  app.message(commandSelector('link'), async (turn) => {
    const person = personOf(turn.activity);
    if (!person) return;
    const { ctx } = deps;
    const t = (key: string, vars?: Record<string, string>) => translate(localeFor(ctx.program, person), key, vars);
    const args = parseCommand(turn.activity.text).args;
    const coordinator = accessOf(ctx.program, person).coordinator;
    // A personal chat in Teams is no network's channel; elsewhere (the local Web Chat) the one conversation is.
    if (coordinator && turn.activity.channelId === 'msteams' && isPersonalConversation(turn.activity)) {
      await replyText(turn, t('teams.link.notInChannel'));
      return;
    }
    if (coordinator && !args[0]) {
      await replyText(turn, t('teams.link.usage', { networks: ctx.program.networks.map((n) => n.id).join(', ') }));
      return;
    }
    const reference = conversationReferenceOf(turn.activity);
    const channel = reference.conversation?.id ?? '';
    const result = await linkChannel(ctx, person, args[0], { channel, reference });
    if (result.ok) {
      // The link is the install as far as posting goes; remember it too, should the install event have been missed.
      await ctx.store.contacts.set({ platform: 'teams', userId: conversationContactId(channel), reference, updatedAt: ctx.clock.now().toISOString() });
    }
    await replyText(turn, result.message);
  });
}
