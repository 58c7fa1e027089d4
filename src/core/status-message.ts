import { type Locale, translator } from '../i18n/translate';
import { hasContent } from '../replies/reply';
import type { BotContext } from './bot-context';
import { targetOf } from './channel-of';
import { commandWords } from './command-words';
import { formatWhen } from './format-when';
import type { OutgoingMessage } from './outgoing-message';
import { accessOf, type Person } from './person';
import { currentRound, nextRound } from './round-window';

/**
 * `/lnb status`: for a coordinator every network, for a leader their own:
 * linked or not, the next post, replies this round and whether the group's
 * minutes are in. A participant gets one line about the current round.
 * `unreachable` lists networks a platform said it cannot post to.
 */
export async function statusMessage(
  ctx: BotContext,
  person: Person,
  locale: Locale,
  unreachable: ReadonlyMap<string, string> = new Map(),
): Promise<OutgoingMessage> {
  const t = translator(locale);
  const commands = commandWords(person.platform, locale);
  const { program } = ctx;
  const zone = program.program.timezone;
  const now = ctx.clock.now();
  const access = accessOf(program, person);
  const round = currentRound(program, now);
  const next = nextRound(program, now);
  const nextText = next ? t('bot.status.nextPost', { when: formatWhen(next.post, zone, locale) }) : t('bot.status.noNext');
  const shown = access.coordinator ? program.networks : program.networks.filter((n) => access.leads.includes(n.id));

  if (shown.length === 0) {
    const text = round
      ? t('bot.status.participant', { title: program.program.title, round: `${round.number}: ${round.title}`, ...commands })
      : t('bot.status.noRound', { when: next ? formatWhen(next.post, zone, locale) : '–' });
    return { fallback: text, blocks: [{ type: 'text', text }], actions: [] };
  }

  // Read by key: the round's replies for the networks shown (all of them for a coordinator), never the whole table.
  const scope = { program: program.program.id, round: round?.number ?? 0 };
  const replies = !round
    ? []
    : shown.length === program.networks.length
      ? await ctx.store.replies.listByScope(scope)
      : (await Promise.all(shown.map((n) => ctx.store.replies.listByScope({ ...scope, network: n.id })))).flat();
  const items: string[] = [];
  for (const network of shown) {
    const parts: string[] = [];
    const target = await targetOf(ctx, network);
    const problem = unreachable.get(network.id);
    if (problem) parts.push(t('bot.status.unreachable', { detail: problem }));
    else parts.push(target ? t('bot.status.linked') : t('bot.status.notLinked', { network: network.id, ...commands }));
    if (round) {
      const mine = replies.filter((r) => r.network === network.id && hasContent(r));
      parts.push(t('bot.status.replies', { count: mine.filter((r) => r.kind === 'answer').length, number: round.number }));
      parts.push(mine.some((r) => r.kind === 'minutes') ? t('bot.status.minutesIn') : t('bot.status.minutesMissing'));
    }
    parts.push(nextText);
    items.push(`${network.name} (${network.id}): ${parts.join(' · ')}`);
  }
  const heading = t('bot.status.heading', { title: program.program.title });
  return { fallback: heading, blocks: [{ type: 'heading', text: heading }, { type: 'list', items }], actions: [] };
}
