import { translator } from '../i18n/translate';
import type { Program, Round } from '../program/schema';
import { type BotContext, localeFor } from './bot-context';
import { formatWhen } from './format-when';
import type { Person } from './person';
import { roundWindow } from './round-window';

/**
 * Whether a round takes answers and minutes at `now`: from the moment its
 * questions go out (its `post` time) until its deadline (the program's
 * `deadline`, by default 7 days after the meeting). Before, nobody has seen
 * the questions; after, the coordinator compiles what is in.
 */
export function isRoundOpen(program: Program, round: Round, now: Date): boolean {
  const w = roundWindow(program, round);
  return w.post.getTime() <= now.getTime() && now.getTime() < w.deadline.getTime();
}

/**
 * Why `person` cannot answer `round` now, kindly and with the dates, or
 * undefined while it is open. From the program and the clock alone (no store
 * read), so every platform can refuse before it shows a form.
 */
export function roundClosedMessage(ctx: BotContext, person: Person, round: Round): string | undefined {
  const now = ctx.clock.now();
  if (isRoundOpen(ctx.program, round, now)) return undefined;
  const locale = localeFor(ctx.program, person);
  const t = translator(locale);
  const w = roundWindow(ctx.program, round);
  const when = (at: Date) => formatWhen(at, ctx.program.program.timezone, locale);
  return now.getTime() < w.post.getTime()
    ? t('bot.form.notOpenYet', { number: round.number, opens: when(w.post) })
    : t('bot.form.closed', { number: round.number, closed: when(w.deadline) });
}
