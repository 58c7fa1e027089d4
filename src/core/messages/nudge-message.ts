import { type Locale, translator } from '../../i18n/translate';
import type { Network, Program, Round } from '../../program/schema';
import { formatWhen } from '../format-when';
import type { OutgoingMessage } from '../outgoing-message';
import { roundWindow } from '../round-window';

/**
 * A private note to a network's leaders when their group minutes are
 * missing. It says how far the others have come, to make it easy rather
 * than to blame, and carries the button that opens the minutes form.
 */
export function nudgeMessage(
  program: Program,
  round: Round,
  network: Network,
  progress: { done: number; total: number },
  locale: Locale,
): OutgoingMessage {
  const t = translator(locale);
  const deadline = roundWindow(program, round).deadline;
  const value = { program: program.program.id, round: round.number, network: network.id };
  return {
    fallback: t('bot.nudge.fallback', { number: round.number, network: network.name }),
    blocks: [
      { type: 'text', text: t('bot.nudge.text', { number: round.number, network: network.name }) },
      { type: 'text', text: t('bot.nudge.progress', progress) },
      { type: 'context', text: t('bot.nudge.due', { when: formatWhen(deadline, program.program.timezone, locale) }) },
    ],
    actions: [{ id: 'minutes', label: t('bot.round.minutes'), value, primary: true }],
  };
}
