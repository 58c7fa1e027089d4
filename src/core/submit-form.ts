import { StoreError } from '../errors';
import { translator } from '../i18n/translate';
import type { Reply, ReplyInput } from '../replies/reply';
import { ROLES, type Role } from '../replies/roles';
import { type AnswerPlace, answerRefusal } from './answer-network';
import { type BotContext, localeFor } from './bot-context';
import { type ContactOnce, contactOnce } from './contact-once';
import { currentMinutes } from './current-minutes';
import { findRoundAndNetwork } from './find-round';
import { type FormRef, type FormSubmission, maxLengthOf } from './form-model';
import { roundClosedMessage } from './open-round';
import { accessOf, mayLead, type Person } from './person';
import { answerId, minutesId } from './reply-id';

/** The role stored with minutes, which the schema requires and nothing counts. */
const MINUTES_ROLE: Role = 'annan';

export type SubmitResult =
  | { ok: true; saved: Reply[]; message: string }
  /** `errors` by field id ('role' for the role); the form goes back with the person's text in it. */
  | { ok: false; errors: Record<string, string>; storeFailed: boolean };

/** Whitespace and the zero-width characters `trim` leaves (ZWSP, ZWNJ, ZWJ, word joiner, BOM), at either end. */
const INVISIBLE_EDGES = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

/** Text as people mean it: line endings unified, invisible padding gone (an answer of only invisible characters is no answer). */
function clean(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.replace(/\r\n?/g, '\n').replace(INVISIBLE_EDGES, '');
  return trimmed === '' ? null : trimmed;
}

/** Remembers `role` as the one to offer `person` next time, writing only when it changed. */
async function rememberRole(contacts: ContactOnce, person: Person, role: Role, now: Date): Promise<void> {
  const contact = await contacts.get();
  if (contact?.role === role) return;
  await contacts.set({ ...(contact ?? { platform: person.platform, userId: person.userId }), role, updatedAt: now.toISOString() });
}

/**
 * Checks a submitted form and stores it. Every reply is durable before this
 * resolves with `ok: true`, so an adapter acknowledges only what is saved.
 * A store failure is reported on the first field, and the adapter keeps the
 * form open with the text in it; saving again is safe, as unchanged replies
 * are not written twice and reply ids are derived from who answered what.
 */
export async function submitForm(
  ctx: BotContext,
  person: Person,
  ref: FormRef,
  submission: FormSubmission,
  contacts: ContactOnce = contactOnce(ctx, person),
): Promise<SubmitResult> {
  const t = translator(localeFor(ctx.program, person));
  const found = findRoundAndNetwork(ctx.program, ref);
  const firstField = found?.round.questions[0]?.id ?? 'role';
  if (!found) return { ok: false, errors: { [firstField]: t('bot.form.roundGone') }, storeFailed: false };
  const { round, network } = found;
  if (ref.kind === 'minutes' && !mayLead(accessOf(ctx.program, person), network.id)) {
    return { ok: false, errors: { [firstField]: t('bot.form.notLeader') }, storeFailed: false };
  }
  const closed = roundClosedMessage(ctx, person, round);
  if (closed !== undefined) return { ok: false, errors: { [firstField]: closed }, storeFailed: false };

  const errors: Record<string, string> = {};
  const answers: { question: string; text: string | null; option: string | null }[] = [];
  for (const q of round.questions) {
    const value = clean(submission.values[q.id]);
    if (value === null) continue;
    if (q.kind === 'choice') {
      if (!(q.options ?? []).includes(value)) errors[q.id] = t('bot.form.unknownOption');
      else answers.push({ question: q.id, text: null, option: value });
    } else if (value.length > maxLengthOf(ref.kind)) {
      // Refused, not cut: the form goes back with the whole text in it.
      errors[q.id] = t('bot.form.tooLong', { length: value.length, max: maxLengthOf(ref.kind) });
    } else {
      answers.push({ question: q.id, text: value, option: null });
    }
  }
  // Minutes are the group's: no role is asked, and the stored one (the schema needs one) is never counted (see participation).
  const role = ref.kind === 'minutes' ? MINUTES_ROLE : ROLES.includes(submission.role as Role) ? (submission.role as Role) : null;
  if (role === null) errors.role = t('bot.form.roleMissing');
  if (answers.length === 0 && Object.keys(errors).every((k) => k === 'role')) {
    errors[firstField] = t('bot.form.empty');
  }
  if (Object.keys(errors).length > 0 || role === null) return { ok: false, errors, storeFailed: false };

  const now = ctx.clock.now();
  const saved: Reply[] = [];
  try {
    const inputs: ReplyInput[] = [];
    const emptied: string[] = [];
    // Minutes: the record there is (imported, or saved by the other leader) is the one written, and any older copy folded in.
    const minutes = ref.kind === 'minutes' ? await currentMinutes(ctx, ref.program, round.number, network.id) : undefined;
    if (minutes) emptied.push(...minutes.older.map((r) => r.id));
    for (const q of round.questions) {
      const id =
        ref.kind === 'minutes'
          ? (minutes?.byQuestion.get(q.id)?.id ?? minutesId(ref.program, round.number, network.id, q.id))
          : answerId(ref.program, round.number, network.id, q.id, person);
      const answer = answers.find((a) => a.question === q.id);
      // An answer emptied on edit is taken back: the person removed it.
      if (!answer) emptied.push(id);
      else
        inputs.push({
          id,
          program: ref.program,
          round: round.number,
          network: network.id,
          question: q.id,
          author: { platform: person.platform, userId: person.userId },
          role,
          kind: ref.kind,
          text: answer.text,
          option: answer.option,
          consent: submission.consent,
        });
    }
    // The form's answers are written together, in one write (one sync to
    // disk, all or none): one commit per question made every submission wait
    // for several syncs in a queue shared with everyone else's. Emptied
    // answers are removed in the same save (a write only when there was one).
    // The role remembered for next time (read when the network was checked,
    // written only when it changed) goes to the store beside the replies, not
    // after them: a first answer waited for a second sync in that queue.
    // Should the replies fail, the role may still be remembered: it is only
    // what the next form offers. The confirmation waits for all of it.
    const remembered = ref.kind === 'answer' ? rememberRole(contacts, person, role, now) : undefined;
    const [written, roleWritten] = await Promise.allSettled([ctx.store.replies.saveMany(inputs, now, emptied), remembered]);
    // Both have ended (nothing is left writing once the form is answered); a failure of either fails the save.
    if (written.status === 'rejected') throw written.reason;
    if (roleWritten.status === 'rejected') throw roleWritten.reason;
    saved.push(...written.value);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    ctx.log.warn({ err: e.message, round: round.number, network: network.id }, 'reply not saved');
    return { ok: false, errors: { [firstField]: t('bot.form.saveFailed') }, storeFailed: true };
  }
  ctx.log.info({ round: round.number, network: network.id, kind: ref.kind, replies: saved.length }, 'replies saved');
  const message =
    ref.kind === 'minutes'
      ? t('bot.form.savedMinutes', { number: round.number, network: network.name })
      : t('bot.form.saved', { number: round.number });
  return { ok: true, saved, message };
}

/**
 * submitForm for a form sent from `place`: a form's data can be made by
 * hand, so its network is first held to the one rule (answerRefusal) and a
 * refusal comes back on the first field like any other.
 */
export async function submitFormFrom(
  ctx: BotContext,
  person: Person,
  place: AnswerPlace,
  ref: FormRef,
  submission: FormSubmission,
  // The contact the check reads (and may add the network to) is the one the save then updates: read once.
  contacts: ContactOnce = contactOnce(ctx, person),
): Promise<SubmitResult> {
  const firstField = findRoundAndNetwork(ctx.program, ref)?.round.questions[0]?.id ?? 'role';
  let refused: string | undefined;
  try {
    refused = await answerRefusal(ctx, person, place, ref, contacts);
  } catch (e) {
    // The store could not say whose network it is: nothing is saved, and the form keeps the text (as when saving fails).
    if (!(e instanceof StoreError)) throw e;
    ctx.log.warn({ err: e.message }, 'reply not saved: network not checked');
    return { ok: false, errors: { [firstField]: translator(localeFor(ctx.program, person))('bot.form.saveFailed') }, storeFailed: true };
  }
  if (refused === undefined) return submitForm(ctx, person, ref, submission, contacts);
  return { ok: false, errors: { [firstField]: refused }, storeFailed: false };
}
