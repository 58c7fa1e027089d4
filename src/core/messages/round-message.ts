import { type Locale, translator } from '../../i18n/translate';
import type { Network, Program, Round } from '../../program/schema';
import { formatWhen } from '../format-when';
import type { OutgoingMessage } from '../outgoing-message';
import { roundWindow } from '../round-window';

/**
 * A round's questions for a network's channel: when it opens (`post`) and
 * before the meeting (`remind`). Both carry *Svara*; the minutes button is
 * there for everyone to see but only leaders can use it, since a channel
 * message cannot differ per reader.
 */
export function roundMessage(
  program: Program,
  round: Round,
  network: Network,
  kind: 'post' | 'remind',
  locale: Locale,
): OutgoingMessage {
  const t = translator(locale);
  const zone = program.program.timezone;
  const window = roundWindow(program, round);
  const when = formatWhen(window.meeting, zone, locale);
  const value = { program: program.program.id, round: round.number, network: network.id };
  const intro =
    kind === 'post'
      ? t('bot.round.intro', { network: network.name })
      : t('bot.round.reminderIntro', { number: round.number, when });
  return {
    fallback: t('bot.round.fallback', { number: round.number, title: round.title, when }),
    blocks: [
      { type: 'heading', text: t('bot.round.heading', { number: round.number, title: round.title }) },
      { type: 'text', text: intro },
      {
        type: 'fields',
        fields: [
          { label: t('bot.round.meeting'), value: when },
          { label: t('bot.round.deadline'), value: formatWhen(window.deadline, zone, locale) },
        ],
      },
      { type: 'heading', text: t('bot.round.questions') },
      { type: 'list', items: round.questions.map((q) => (q.help ? `${q.text} (${q.help})` : q.text)) },
    ],
    actions: [
      { id: 'answer', label: t('bot.round.answer'), value, primary: true },
      { id: 'minutes', label: t('bot.round.minutes'), value },
    ],
  };
}
