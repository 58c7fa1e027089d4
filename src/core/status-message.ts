import { type Locale, translator } from '../i18n/translate';
import { type PlanActionKind, planProgram } from '../plan/plan-program';
import type { BotContext } from './bot-context';
import { targetOf } from './channel-of';
import { commandWords, type Surface } from './command-words';
import { formatWhen } from './format-when';
import type { OutgoingMessage } from './outgoing-message';
import { accessOf, type Person } from './person';
import { currentRound, nextRound } from './round-window';

/** The sends a network sees coming (the coordinators' warnings and deadline notes are not a network's). */
const SENDS = new Set<PlanActionKind>(['post', 'remind', 'nudge']);

/** Text ending as a sentence: a full stop unless it already ends in one (a round title that is a question). */
const sentence = (text: string) => (/[.?!…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * `/lnb status`: for a coordinator every network, for a leader their own:
 * linked or not, the next post, replies this round and whether the group's
 * minutes are in. A participant gets one line about the current round.
 * A network whose channel refused the last post is shown as not reached,
 * with what the platform said (kept in the store, so every instance says
 * the same); `notes` adds what a platform knows more (Teams: where the app
 * is not installed), per network.
 */
export async function statusMessage(
  ctx: BotContext,
  person: Person,
  locale: Locale,
  notes: ReadonlyMap<string, string> = new Map(),
  surface: Surface = person.platform,
): Promise<OutgoingMessage> {
  const t = translator(locale);
  const commands = commandWords(surface, locale);
  const { program } = ctx;
  const zone = program.program.timezone;
  const now = ctx.clock.now();
  const access = accessOf(program, person);
  const round = currentRound(program, now);
  const next = nextRound(program, now);
  // What goes out next to a network, as the plan has it (what `lnb check` lists): a round's questions, a reminder, a nudge to its leaders.
  const plan = planProgram(program).filter((a) => a.network !== null && SENDS.has(a.action) && Date.parse(a.at) > now.getTime());
  const nextText = (network: string) => {
    const planned = plan.find((a) => a.network === network);
    return planned
      ? t('bot.status.nextSend', { when: formatWhen(new Date(planned.at), zone, locale), what: t(`bot.status.send.${planned.action}`, { number: planned.round }) })
      : t('bot.status.noNext');
  };
  const shown = access.coordinator ? program.networks : program.networks.filter((n) => access.leads.includes(n.id));

  if (shown.length === 0) {
    const text = round
      ? t('bot.status.participant', { title: program.program.title, round: sentence(`${round.number}: ${round.title}`), ...commands })
      : t('bot.status.noRound', { when: next ? formatWhen(next.post, zone, locale) : '–' });
    return { fallback: text, blocks: [{ type: 'text', text }], actions: [] };
  }

  // The round's counts for the networks shown, kept by the store: never the replies themselves.
  const counts = round ? await ctx.store.replies.countByScope({ program: program.program.id, round: round.number }, shown.map((n) => n.id)) : undefined;
  const items: string[] = [];
  for (const network of shown) {
    const parts: string[] = [];
    const target = await targetOf(ctx, network);
    const refusal = await ctx.store.reachability.get(program.program.id, network.id);
    const problem = [refusal?.detail, notes.get(network.id)].filter((x) => x !== undefined).join('; ');
    if (problem) parts.push(t('bot.status.unreachable', { detail: problem }));
    else parts.push(target ? t('bot.status.linked') : t('bot.status.notLinked', { network: network.id, ...commands }));
    const mine = counts?.get(network.id);
    if (round && mine) {
      // Counted as the compilation's participation counts them: people, answers, the group's minutes.
      const people = t('compile.people', { count: mine.people });
      const answers = t('compile.replies', { count: mine.answers });
      parts.push(
        mine.minutes > 0
          ? t('bot.status.counts', { number: round.number, people, replies: answers, minutes: t('compile.minutesCount', { count: mine.minutes }) })
          : t('bot.status.countsNoMinutes', { number: round.number, people, replies: answers }),
      );
    }
    parts.push(nextText(network.id));
    items.push(`${network.name} (${network.id}): ${parts.join(' · ')}`);
  }
  const heading = t('bot.status.heading', { title: program.program.title });
  return { fallback: heading, blocks: [{ type: 'heading', text: heading }, { type: 'list', items }], actions: [] };
}
