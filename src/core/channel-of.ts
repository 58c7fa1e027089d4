import type { Network } from '../program/schema';
import type { BotContext } from './bot-context';
import type { Platform } from './person';
import type { ChannelTarget } from './port';

/**
 * The network a channel belongs to: one the coordinator linked from the
 * chat (the last one linked, should there be several), else one the
 * program file names. A link wins, because it is the later and more
 * deliberate act.
 */
export async function networkOfChannel(ctx: BotContext, platform: Platform, channel: string): Promise<Network | undefined> {
  // The channel's own links, read by key: not every link of the program.
  const links = await ctx.store.links.ofChannel(ctx.program.program.id, platform, channel);
  // One link per channel since a new link takes the channel over (linkChannel); a store written
  // before that may hold several, and the one made last is the coordinator's word.
  const linked = links.reduce<(typeof links)[number] | undefined>((last, l) => (last && last.linkedAt >= l.linkedAt ? last : l), undefined);
  const id = linked?.network ?? ctx.program.networks.find((n) => n.platform === platform && n.channel === channel)?.id;
  return ctx.program.networks.find((n) => n.id === id);
}

/** Where a network's messages go, or undefined while it has no channel. */
export async function targetOf(ctx: BotContext, network: Network): Promise<ChannelTarget | undefined> {
  const program = ctx.program.program.id;
  const link = await ctx.store.links.get(program, network.id);
  if (link) return { platform: link.platform, program, network: network.id, channel: link.channel, reference: link.reference };
  if (network.channel) return { platform: network.platform, program, network: network.id, channel: network.channel };
  return undefined;
}
