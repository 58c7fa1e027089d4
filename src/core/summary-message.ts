import { networkLine, optionLine, percentBar, themeCounts } from '../compile/count-words';
import { modelNotice } from '../compile/model/model-lines';
import type { Compilation } from '../compile/types';
import { translator } from '../i18n/translate';
import type { MessageBlock, OutgoingMessage } from './outgoing-message';

/** Themes listed per question in chat; the rest is in the Word file. */
const THEMES_SHOWN = 8;

/**
 * The chat version of a compilation: the head, each question's themes with
 * counts, choice counts, and participation. Summaries and quotes stay in
 * the Word file, which keeps the message small enough for any platform.
 */
export function summaryMessage(c: Compilation): OutgoingMessage {
  const t = translator(c.locale);
  const number = c.round?.number ?? 0;
  // A machine draft says Utkast, a shaped version says so; a published one has its own head (publishedMessage).
  const edited = c.stage !== 'draft';
  const blocks: MessageBlock[] = [{ type: 'heading', text: t(edited ? 'bot.summary.headingEdited' : 'bot.summary.heading', { number }) }];
  if (c.round) blocks.push({ type: 'text', text: t('compile.round', { number, title: c.round.title }) });
  // Headings a language model wrote are its: the chat says so, as the Word file does.
  const byModel = modelNotice(c);
  if (byModel) blocks.push({ type: 'context', text: byModel });
  for (const q of c.questions) {
    blocks.push({ type: 'heading', text: q.text ?? q.questionId });
    if (q.replyCount === 0) {
      blocks.push({ type: 'text', text: t('bot.summary.noReplies') });
    } else if (q.kind === 'choice') {
      blocks.push({ type: 'list', items: q.options.map((o) => `${percentBar(o.percent)} ${optionLine(o, c.locale)}`) });
    } else {
      const items = q.themes.slice(0, THEMES_SHOWN).map((theme) => {
        const reach =
          q.networkTotal > 1 && theme.networks.length > 0
            ? ` (${t('compile.networksRaised', { count: theme.networks.length, total: q.networkTotal })})`
            : '';
        // Answers and minutes apart, as the Word file and status count them.
        return t('bot.summary.theme', { label: theme.label, counts: themeCounts(theme, c.locale).join(' · ') }) + reach;
      });
      blocks.push({ type: 'list', items });
    }
  }
  const p = c.participation;
  blocks.push({
    type: 'context',
    text: p.byNetwork.map((n) => networkLine(n, c.locale)).join(' · ') || t('bot.summary.noReplies'),
  });
  blocks.push({ type: 'context', text: t(edited ? 'bot.summary.moreEdited' : 'bot.summary.more') });
  return { fallback: t(edited ? 'bot.summary.fallbackEdited' : 'bot.summary.fallback', { number }), blocks, actions: [] };
}
