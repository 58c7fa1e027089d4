import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import type { ChannelTarget } from '../core/port';
import { type Locale, translate } from '../i18n/translate';
import type { Network } from '../program/schema';
import { isUsableReference } from './conversation';
import type { TeamsPort } from './teams-port';

/**
 * What Teams adds to `status` for the networks it cannot post to: where to
 * install the app. A bot posts only into a team its app is installed in; a
 * channel id in the program file is reachable once the bot knows the
 * channel's team (from the install's channel list or a channel event), all
 * of it in the store. When some channel is not known, the installed teams'
 * channel lists are read again once. A network whose channel Teams refused
 * (the store's record, see postToChannel) gets the note too: the app was
 * most likely removed from its team.
 */
export async function teamsInstallNotes(ctx: BotContext, port: TeamsPort, locale: Locale): Promise<Map<string, string>> {
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
  for (const t of targets) {
    const refused = (await ctx.store.reachability.get(ctx.program.program.id, t.network.id)) !== undefined;
    if (refused || (missing.includes(t) && !(await reachable(t)))) out.set(t.network.id, translate(locale, 'teams.status.install', { network: t.network.id }));
  }
  return out;
}
