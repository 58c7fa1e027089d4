import { findRoundAndNetwork } from '../core/find-round';
import type { FormField, FormRef, FormSubmission } from '../core/form-model';
import type { Person } from '../core/person';
import { answerId, minutesId } from '../core/reply-id';
import type { TeamsDeps } from './teams-deps';

/**
 * A box the card left empty because its saved answer was too long to show
 * (fitFormCard) and that comes back empty keeps that answer: it is put back
 * in the submission as saved, so the save changes nothing there (and the
 * role and consent still apply to it). Anything written in the box replaces
 * it. `kept` lists the questions put back, to leave out again if the form
 * has to come back.
 */
export async function withKeptAnswers(
  deps: TeamsDeps,
  person: Person,
  ref: FormRef,
  submission: FormSubmission,
  asked: string[],
): Promise<{ submission: FormSubmission; kept: Set<string> }> {
  const kept = new Set<string>();
  const found = findRoundAndNetwork(deps.ctx.program, ref);
  const keep = (found?.round.questions ?? []).filter((q) => asked.includes(q.id) && (submission.values[q.id] ?? '').trim() === '');
  if (!found || keep.length === 0) return { submission, kept };
  const { round, network } = found;
  const idOf = (question: string) =>
    ref.kind === 'minutes' ? minutesId(ref.program, round.number, network.id, question) : answerId(ref.program, round.number, network.id, question, person);
  const saved = await Promise.all(keep.map((q) => deps.ctx.store.replies.get(idOf(q.id))));
  const values = { ...submission.values };
  keep.forEach((q, i) => {
    const answer = saved[i]?.text ?? saved[i]?.option;
    if (answer) {
      values[q.id] = answer;
      kept.add(q.id);
    }
  });
  return { submission: { ...submission, values }, kept };
}

/** Bot Framework activities above this many bytes are refused by Teams (413); a message of kept answers stays well inside. */
const MESSAGE_BUDGET = 20 * 1024;

/**
 * The saved answers a form card left out (fitFormCard), whole, as plain
 * text messages for the person's personal chat: the card's note says they
 * are there. Several answers share a message while it stays within the
 * budget; one answer (at most MAX_ANSWER_LENGTH characters) always fits.
 */
export function keptAnswerMessages(kept: FormField[], header: (field: FormField) => string): { type: 'message'; text: string; textFormat: 'plain' }[] {
  const texts: string[] = [];
  for (const field of kept) {
    const part = `${header(field)}\n\n${field.value ?? ''}`;
    const last = texts.at(-1);
    if (last !== undefined && Buffer.byteLength(`${last}\n\n${part}`, 'utf8') <= MESSAGE_BUDGET) texts[texts.length - 1] = `${last}\n\n${part}`;
    else texts.push(part);
  }
  // Plain text: the person's own words, shown as typed (no Markdown read into them).
  return texts.map((text) => ({ type: 'message', text, textFormat: 'plain' }));
}
