import { targetOf } from '../core/channel-of';
import type { ChannelTarget } from '../core/port';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import type { Network } from '../program/schema';
import { isUsableReference } from './conversation';
import type { TeamsDeps } from './teams-deps';

/**
 * Teams networks the bot cannot post to, with what to do about it. A bot
 * posts only into a team its app is installed in; a channel id in the
 * program file is reachable once the bot knows the channel's team (from the
 * install's channel list or a channel event). When some channel is not
 * known, the installed teams' channel lists are read again once. Networks
 * Teams refused lately are listed with its reason as well.
 */
export async function teamsUnreachable(deps: TeamsDeps, locale: Locale): Promise<Map<string, string>> {
  const { ctx, port } = deps;
  const targets: { network: Network; target: ChannelTarget | undefined }[] = [];
  for (const network of ctx.program.networks) {
    const target = await targetOf(ctx, network);
    const onTeams = target ? target.platform === 'teams' : network.platform === 'teams';
    if (onTeams) targets.push({ network, target });
  }
  const known = async (channel: string | undefined) => channel !== undefined && (await port.channels.reference(channel)) !== undefined;
  const reachable = async ({ target }: { target: ChannelTarget | undefined }) => target !== undefined && (isUsableReference(target.reference) || (await known(target.channel)));
  const missing = [];
  for (const t of targets) if (!(await reachable(t))) missing.push(t);
  if (missing.some((t) => t.target !== undefined)) await port.refreshChannels();
  const out = new Map<string, string>();
  const refused = port.unreachable();
  for (const t of targets) {
    const install = translate(locale, 'teams.status.install', { network: t.network.id });
    const problem = refused.get(t.network.id);
    if (problem) out.set(t.network.id, `${problem}; ${install}`);
    else if (missing.includes(t) && !(await reachable(t))) out.set(t.network.id, install);
  }
  return out;
}
