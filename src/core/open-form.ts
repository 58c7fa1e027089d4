import { translator } from '../i18n/translate';
import { ROLES, type Role } from '../replies/roles';
import { type BotContext, localeFor } from './bot-context';
import { currentMinutes } from './current-minutes';
import { findRoundAndNetwork } from './find-round';
import { buildForm, type FormModel, type FormRef } from './form-model';
import { roundClosedMessage } from './open-round';
import { accessOf, mayLead, type Person } from './person';
import { answerId } from './reply-id';

export type OpenFormResult = { ok: true; form: FormModel } | { ok: false; message: string };

/**
 * Why `person` may not open the form `ref` names, from the program alone
 * (no store read), or undefined when they may: an adapter can refuse before
 * it shows anything, and show a form at once while the saved answers load.
 */
export function formRefusal(ctx: BotContext, person: Person, ref: FormRef): string | undefined {
  const t = translator(localeFor(ctx.program, person));
  const found = findRoundAndNetwork(ctx.program, ref);
  if (!found) return t('bot.form.roundGone');
  if (ref.kind === 'minutes' && !mayLead(accessOf(ctx.program, person), found.network.id)) return t('bot.form.notLeader');
  return roundClosedMessage(ctx, person, found.round);
}

/**
 * The form a button (or `/lnb answer`) opens, filled with what the person
 * saved before. Minutes are for the network's leaders and the coordinators;
 * anyone else is told kindly and pointed to their own answer.
 */
export async function openForm(ctx: BotContext, person: Person, ref: FormRef): Promise<OpenFormResult> {
  const refusal = formRefusal(ctx, person, ref);
  if (refusal !== undefined) return { ok: false, message: refusal };
  const found = findRoundAndNetwork(ctx.program, ref);
  if (!found) return { ok: false, message: translator(localeFor(ctx.program, person))('bot.form.roundGone') };
  const { round, network } = found;
  // Minutes are the network's, one record per question whoever wrote it (see currentMinutes); an answer is the person's own.
  const saved =
    ref.kind === 'minutes'
      ? [...(await currentMinutes(ctx, ref.program, round.number, network.id)).byQuestion.values()]
      : (await Promise.all(round.questions.map((q) => ctx.store.replies.get(answerId(ref.program, round.number, network.id, q.id, person))))).filter(
          (r) => r !== undefined,
        );
  const contact = await ctx.store.contacts.get(person.platform, person.userId);
  const remembered = ROLES.includes(contact?.role as Role) ? (contact?.role as Role) : null;
  return { ok: true, form: buildForm(ctx.program, round, network, ref.kind, person, saved, remembered) };
}
