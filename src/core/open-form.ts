import { translator } from '../i18n/translate';
import { ROLES, type Role } from '../replies/roles';
import { type BotContext, localeFor } from './bot-context';
import { findRoundAndNetwork } from './find-round';
import { buildForm, type FormModel, type FormRef } from './form-model';
import { roundClosedMessage } from './open-round';
import { accessOf, mayLead, type Person } from './person';
import { answerId, minutesId } from './reply-id';

export type OpenFormResult = { ok: true; form: FormModel } | { ok: false; message: string };

/**
 * The form a button (or `/lnb answer`) opens, filled with what the person
 * saved before. Minutes are for the network's leaders and the coordinators;
 * anyone else is told kindly and pointed to their own answer.
 */
export async function openForm(ctx: BotContext, person: Person, ref: FormRef): Promise<OpenFormResult> {
  const t = translator(localeFor(ctx.program, person));
  const found = findRoundAndNetwork(ctx.program, ref);
  if (!found) return { ok: false, message: t('bot.form.roundGone') };
  const { round, network } = found;
  if (ref.kind === 'minutes' && !mayLead(accessOf(ctx.program, person), network.id)) {
    return { ok: false, message: t('bot.form.notLeader') };
  }
  const closed = roundClosedMessage(ctx, person, round);
  if (closed !== undefined) return { ok: false, message: closed };
  const ids = round.questions.map((q) =>
    ref.kind === 'minutes'
      ? minutesId(ref.program, round.number, network.id, q.id)
      : answerId(ref.program, round.number, network.id, q.id, person),
  );
  const saved = (await Promise.all(ids.map((id) => ctx.store.replies.get(id)))).filter((r) => r !== undefined);
  const contact = await ctx.store.contacts.get(person.platform, person.userId);
  const remembered = ROLES.includes(contact?.role as Role) ? (contact?.role as Role) : null;
  return { ok: true, form: buildForm(ctx.program, round, network, ref.kind, person, saved, remembered) };
}
