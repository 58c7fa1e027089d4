import type { Reply } from '../replies/reply';
import type { BotContext } from './bot-context';

export interface CurrentMinutes {
  /** Per question, the network's minutes as they stand: the newest record. */
  byQuestion: Map<string, Reply>;
  /** Older records for a question that has a newer one (an import beside a saved form): folded into it on the next save. */
  older: Reply[];
}

/**
 * A network's group minutes for a round, however they were written (the
 * form, by either leader; an import with ids of its own): one per question,
 * read by key.
 */
export async function currentMinutes(ctx: BotContext, program: string, round: number, network: string): Promise<CurrentMinutes> {
  const minutes = (await ctx.store.replies.listByScope({ program, round, network })).filter((r) => r.kind === 'minutes');
  const byQuestion = new Map<string, Reply>();
  const older: Reply[] = [];
  for (const r of minutes) {
    const known = byQuestion.get(r.question);
    if (!known) byQuestion.set(r.question, r);
    else if (r.updatedAt > known.updatedAt) {
      older.push(known);
      byQuestion.set(r.question, r);
    } else older.push(r);
  }
  return { byQuestion, older };
}
