import { targetOf } from '../core/channel-of';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { conversationContactId, isUsableReference } from './conversation';
import type { TeamsDeps } from './teams-deps';

/**
 * Teams networks the bot cannot post to, with what to do about it. A bot
 * posts only where its app is installed, from a reference it got there;
 * a channel id in the program file alone is not enough. Networks Teams
 * refused lately are listed with its reason as well.
 */
export async function teamsUnreachable(deps: TeamsDeps, locale: Locale): Promise<Map<string, string>> {
  const { ctx } = deps;
  const out = new Map<string, string>();
  const refused = deps.port.unreachable();
  for (const network of ctx.program.networks) {
    const target = await targetOf(ctx, network);
    const onTeams = target ? target.platform === 'teams' : network.platform === 'teams';
    if (!onTeams) continue;
    const install = translate(locale, 'teams.status.install', { network: network.id });
    const reachable =
      target !== undefined &&
      (isUsableReference(target.reference) ||
        isUsableReference((await ctx.store.contacts.get('teams', conversationContactId(target.channel)))?.reference));
    const problem = refused.get(network.id);
    if (problem) out.set(network.id, `${problem}; ${install}`);
    else if (!reachable) out.set(network.id, install);
  }
  return out;
}
