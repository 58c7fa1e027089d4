import { translator } from '../i18n/translate';
import { type BotContext, localeFor } from './bot-context';
import { networkName, networkNamed, networkNames } from './commands/network-named';
import { type ContactOnce, contactOnce } from './contact-once';
import { accessOf, type Person } from './person';

/**
 * Where someone asked to answer (typed, or with a button): a chat the bot
 * knows as a network's conversation (a channel; in the local trial, the
 * conversation of the network chosen on the page; network undefined: a
 * channel not linked), or a personal chat (a Slack DM or modal, a Teams
 * personal chat).
 */
export type AnswerPlace = { kind: 'channel'; network: string | undefined } | { kind: 'personal' };

export type AnswerNetwork = { ok: true; network: string } | { ok: false; message: string };

/**
 * The networks that are a person's own: those they lead, those they have
 * answered for before in this program, those whose form they opened in the
 * network's own channel (remembered with their contact), and, in the local
 * trial, the one chosen on its page (ctx.memberOf).
 */
export async function ownNetworks(ctx: BotContext, person: Person, contacts: ContactOnce = contactOnce(ctx, person)): Promise<string[]> {
  const program = ctx.program.program.id;
  const [answered, contact] = await Promise.all([
    ctx.store.replies.list({ program, author: { platform: person.platform, userId: person.userId } }),
    contacts.get(),
  ]);
  const own = new Set([
    ...accessOf(ctx.program, person).leads,
    ...answered.map((r) => r.network),
    ...(contact?.networks ?? []),
    ...(ctx.memberOf?.(person) ?? []),
  ]);
  // In the program's order, and only networks it still has.
  return ctx.program.networks.map((n) => n.id).filter((id) => own.has(id));
}

/** Remembers `network` as one of the person's own (they came to its form through its channel). */
async function rememberNetwork(ctx: BotContext, person: Person, network: string, contacts: ContactOnce): Promise<void> {
  const contact = await contacts.get();
  if (contact?.networks?.includes(network)) return;
  await contacts.set({
    ...(contact ?? { platform: person.platform, userId: person.userId }),
    networks: [...(contact?.networks ?? []), network],
    updatedAt: ctx.clock.now().toISOString(),
  });
}

/**
 * The one rule for which network a person may answer for, on every
 * platform and every path (a typed `answer [network]`, a *Svara* button, a
 * submitted form):
 * - in a network's conversation, that network (naming another one is
 *   refused), which then counts as theirs;
 * - in a personal chat, a network of the person's own (see ownNetworks),
 *   named (by id or name) or, when there is just one, implied; the
 *   coordinators may name any network. With none of their own, or several
 *   and none named, they are asked (to use *Svara* in their network's
 *   channel, or to name one).
 */
export async function chooseAnswerNetwork(
  ctx: BotContext,
  person: Person,
  place: AnswerPlace,
  named?: string,
  contacts: ContactOnce = contactOnce(ctx, person),
): Promise<AnswerNetwork> {
  const t = translator(localeFor(ctx.program, person));
  const { program } = ctx;
  const asked = named?.trim() || undefined;
  const wanted = asked === undefined ? undefined : networkNamed(program, asked)?.id;
  if (asked !== undefined && wanted === undefined) {
    return { ok: false, message: t('bot.form.unknownNetwork', { network: asked, networks: networkNames(program) }) };
  }
  if (place.kind === 'channel') {
    if (place.network === undefined) return { ok: false, message: t('bot.form.channelNotLinked') };
    if (wanted !== undefined && wanted !== place.network) {
      return { ok: false, message: t('bot.form.otherChannel', { network: networkName(program, place.network) }) };
    }
    await rememberNetwork(ctx, person, place.network, contacts);
    return { ok: true, network: place.network };
  }
  const own = await ownNetworks(ctx, person, contacts);
  if (wanted !== undefined) {
    if (own.includes(wanted) || accessOf(program, person).coordinator) return { ok: true, network: wanted };
    return {
      ok: false,
      message: own.length > 0 ? t('bot.form.notYourNetwork', { network: networkName(program, wanted), networks: networkNames(program, own) }) : t('bot.form.noNetwork'),
    };
  }
  if (own.length === 1 && own[0] !== undefined) return { ok: true, network: own[0] };
  if (own.length === 0) return { ok: false, message: t('bot.form.noNetwork') };
  return { ok: false, message: t('bot.form.whichNetwork', { networks: networkNames(program, own) }) };
}

/**
 * Why `person` may not open or save the form `ref` names from `place`, or
 * undefined when they may. A button's value or a form's data can be made
 * by hand, so the network it names is held to the same rule as a typed
 * one (chooseAnswerNetwork); minutes are the leaders' and coordinators'
 * whatever the place (see formRefusal).
 */
export async function answerRefusal(
  ctx: BotContext,
  person: Person,
  place: AnswerPlace,
  ref: { kind: 'answer' | 'minutes'; network: string },
  contacts: ContactOnce = contactOnce(ctx, person),
): Promise<string | undefined> {
  if (ref.kind !== 'answer') return undefined;
  const chosen = await chooseAnswerNetwork(ctx, person, place, ref.network, contacts);
  return chosen.ok ? undefined : chosen.message;
}
