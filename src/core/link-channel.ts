import { translator } from '../i18n/translate';
import { type BotContext, localeFor } from './bot-context';
import { commandWords } from './command-words';
import { networkNamed, networkNames } from './commands/network-named';
import { accessOf, type Person } from './person';

/**
 * `/lnb link <network>` in a channel: a coordinator ties the channel to a
 * network, and the round's questions go there from then on. Returns what
 * to tell the person (privately).
 */
export async function linkChannel(
  ctx: BotContext,
  person: Person,
  networkId: string | undefined,
  channel: { channel: string; reference?: unknown },
): Promise<{ ok: boolean; message: string }> {
  const locale = localeFor(ctx.program, person);
  const t = translator(locale);
  const networks = networkNames(ctx.program);
  if (!accessOf(ctx.program, person).coordinator) return { ok: false, message: t('bot.link.notAllowed') };
  if (!networkId) return { ok: false, message: t('bot.link.usage', { networks, ...commandWords(person.platform, locale) }) };
  const network = networkNamed(ctx.program, networkId);
  if (!network) return { ok: false, message: t('bot.link.unknownNetwork', { network: networkId, networks }) };
  // A `local` network may be linked from any platform: it is how a program
  // tried out locally moves to Slack or Teams without editing the file.
  if (network.platform !== 'local' && network.platform !== person.platform) {
    return { ok: false, message: t('bot.link.wrongPlatform', { network: network.name, platform: network.platform }) };
  }
  const program = ctx.program.program.id;
  await ctx.store.links.set({
    program,
    network: network.id,
    platform: person.platform,
    channel: channel.channel,
    reference: channel.reference,
    linkedBy: `${person.platform}:${person.userId}`,
    linkedAt: ctx.clock.now().toISOString(),
  });
  // The channel is this network's now: another network linked to it before (a slip corrected) no
  // longer has its questions posted here, and falls back to its channel in the file. Written after
  // the new link, so a failure in between leaves both, and the channel answers to the newer one.
  for (const other of await ctx.store.links.list(program)) {
    if (other.network !== network.id && other.platform === person.platform && other.channel === channel.channel) {
      await ctx.store.links.delete(program, other.network);
      ctx.log.info({ network: other.network, platform: person.platform }, 'channel taken over by another network');
    }
  }
  // A new channel deserves a fresh try: what the old one refused no longer stands, on any instance.
  await ctx.store.reachability.reached(program, network.id);
  ctx.log.info({ network: network.id, platform: person.platform }, 'channel linked');
  return { ok: true, message: t('bot.link.done', { network: network.name }) };
}
