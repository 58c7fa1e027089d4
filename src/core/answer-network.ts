import { translator } from '../i18n/translate';
import { type BotContext, localeFor } from './bot-context';
import { accessOf, type Person } from './person';

/** Where someone asked to answer: a chat the bot knows as a network's channel (network undefined: not linked), or a personal chat. */
export type AnswerPlace = { kind: 'channel'; network: string | undefined } | { kind: 'personal' };

export type AnswerNetwork = { ok: true; network: string } | { ok: false; message: string };

/**
 * The networks that are a person's own: those they lead, those they have
 * answered for before in this program, and, in the local trial, the one
 * chosen on its page (ctx.memberOf).
 */
export async function ownNetworks(ctx: BotContext, person: Person): Promise<string[]> {
  const program = ctx.program.program.id;
  const answered = await ctx.store.replies.list({ program, author: { platform: person.platform, userId: person.userId } });
  const own = new Set([...accessOf(ctx.program, person).leads, ...answered.map((r) => r.network), ...(ctx.memberOf?.(person) ?? [])]);
  // In the program's order, and only networks it still has.
  return ctx.program.networks.map((n) => n.id).filter((id) => own.has(id));
}

/**
 * The one rule for which network a typed `answer [network]` is for, on
 * every platform:
 * - in a network's channel, that network (naming another one is refused);
 * - in a personal chat, a network of the person's own (see ownNetworks),
 *   named or, when there is just one, implied; the coordinators may name
 *   any network. With none of their own, or several and none named, they
 *   are asked (to use *Svara* in their network's channel, or to name one).
 * Buttons carry the network of the channel they were posted in and do not
 * come through here.
 */
export async function chooseAnswerNetwork(ctx: BotContext, person: Person, place: AnswerPlace, named?: string): Promise<AnswerNetwork> {
  const t = translator(localeFor(ctx.program, person));
  const networks = ctx.program.networks;
  const nameOf = (id: string) => networks.find((n) => n.id === id)?.name ?? id;
  const wanted = named?.trim().toLowerCase() || undefined;
  const list = (ids: string[]) => ids.map((id) => `${id} (${nameOf(id)})`).join(', ');
  if (wanted !== undefined && !networks.some((n) => n.id === wanted)) {
    return { ok: false, message: t('bot.form.unknownNetwork', { network: wanted, networks: list(networks.map((n) => n.id)) }) };
  }
  if (place.kind === 'channel') {
    if (place.network === undefined) return { ok: false, message: t('bot.form.channelNotLinked') };
    if (wanted !== undefined && wanted !== place.network) {
      return { ok: false, message: t('bot.form.otherChannel', { network: nameOf(place.network) }) };
    }
    return { ok: true, network: place.network };
  }
  const own = await ownNetworks(ctx, person);
  if (wanted !== undefined) {
    if (own.includes(wanted) || accessOf(ctx.program, person).coordinator) return { ok: true, network: wanted };
    return { ok: false, message: own.length > 0 ? t('bot.form.notYourNetwork', { network: nameOf(wanted), networks: list(own) }) : t('bot.form.noNetwork') };
  }
  if (own.length === 1 && own[0] !== undefined) return { ok: true, network: own[0] };
  if (own.length === 0) return { ok: false, message: t('bot.form.noNetwork') };
  return { ok: false, message: t('bot.form.whichNetwork', { networks: list(own) }) };
}
