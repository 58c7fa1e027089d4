import { type Locale, translate } from '../i18n/translate';
import type { CompiledTheme, OptionCount, Participation } from './types';

/**
 * How a compilation's counts are said, in words and a bar: the same in the
 * chat message (core's summaryMessage) and in every rendered file.
 */

const BAR_WIDTH = 20;

/** A bar of block characters for a percentage: 20 cells, each 5 %. */
export function percentBar(percent: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(percent / (100 / BAR_WIDTH))));
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** "Ja i hög grad: 5 (38 %)" */
export function optionLine(o: OptionCount, locale: Locale): string {
  return translate(locale, 'compile.option', { label: o.label, count: o.count, percent: o.percent });
}

/** "Eskilstuna: 4 personer, 6 svar, 2 gruppanteckningar" */
export function networkLine(n: Participation['byNetwork'][number], locale: Locale): string {
  return translate(locale, 'compile.byNetworkLine', {
    name: n.name,
    people: translate(locale, 'compile.people', { count: n.people }),
    replies: translate(locale, 'compile.replies', { count: n.replies }),
    minutes: translate(locale, 'compile.minutesCount', { count: n.minutes }),
  });
}

/** "3 svar · 1 gruppanteckning": a theme's answers, and the group minutes apart (minutes are not answers). */
export function themeCounts(t: Pick<CompiledTheme, 'replyCount' | 'minutes'>, locale: Locale): string[] {
  const answers = t.replyCount - t.minutes;
  const counts: string[] = [];
  if (answers > 0 || t.minutes === 0) counts.push(translate(locale, 'compile.replies', { count: answers }));
  if (t.minutes > 0) counts.push(translate(locale, 'compile.minutesCount', { count: t.minutes }));
  return counts;
}
