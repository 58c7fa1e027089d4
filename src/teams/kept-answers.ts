import { findRoundAndNetwork } from '../core/find-round';
import type { FormRef, FormSubmission } from '../core/form-model';
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
