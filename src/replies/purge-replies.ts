import type { ReplyRepository } from '../store/reply-repository';

/** What a purge deleted: counts only, never who or what. */
export interface PurgeCounts {
  answers: number;
  minutes: number;
  /** Earlier versions that went with them. */
  versions: number;
}

/**
 * Deletes every reply of one program, answers and minutes, each with its
 * history (which lives inside the reply). Deleting what is already gone is
 * nothing, so running it again, or on two instances, is safe.
 */
export async function purgeReplies(replies: ReplyRepository, program: string): Promise<PurgeCounts> {
  const all = await replies.list({ program });
  const counts: PurgeCounts = { answers: 0, minutes: 0, versions: 0 };
  for (const reply of all) {
    if (!(await replies.delete(reply.id))) continue;
    counts[reply.kind === 'answer' ? 'answers' : 'minutes'] += 1;
    counts.versions += reply.history.length;
  }
  return counts;
}
