import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BotContext } from '../core/bot-context';
import { importReplies, parseReplyFile } from '../replies/import-replies';

/**
 * A trial's compilation is only worth reading with replies from several
 * networks, and one visitor can write only their own. So, in the local
 * mode, the example replies for the example program are imported, once:
 * only while the store has no replies at all for the program (a restart,
 * or a store someone already uses, is left alone), and only the lines
 * that fit the program loaded. Their dates are dropped, since the examples
 * were written after a meeting the trial's visitor has not had yet.
 * Returns how many were imported.
 */
export async function seedExampleReplies(ctx: BotContext, file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const { program } = ctx;
  if ((await ctx.store.replies.list({ program: program.program.id })).length > 0) return 0;
  const fits = (network: string, round: number, question: string) =>
    program.networks.some((n) => n.id === network) &&
    program.rounds.some((r) => r.number === round && r.questions.some((q) => q.id === question));
  const lines = parseReplyFile(await readFile(file, 'utf8'), file, program.program.locale)
    .filter((l) => l.program === program.program.id && fits(l.network, l.round, l.question))
    .map(({ createdAt: _dropped, ...line }) => line);
  if (lines.length === 0) return 0;
  const count = await importReplies(lines, ctx.store.replies, ctx.clock.now());
  ctx.log.info({ count }, 'local mode: example replies imported');
  return count;
}
