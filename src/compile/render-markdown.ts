import { type Locale, translate } from '../i18n/translate';
import { escapeMarkdown } from './escape';
import { modelNotice, themeModelLine } from './model/model-lines';
import {
  meetingLine,
  networkHeading,
  networkLine,
  participationNotes,
  participationTotals,
  partLines,
  percentBar,
  quoteBy,
  roleLine,
  stageWord,
  themeFacts,
} from './render-lines';
import type { Compilation, CompiledQuestion, CompiledTheme } from './types';

type Escape = (text: string) => string;

/** The lines of one theme: facts, synthesis, quotes and the parts of longer replies. */
export function themeLines(t: CompiledTheme, q: CompiledQuestion, locale: Locale, esc: Escape): string[] {
  const lines = [`*${esc(themeFacts(t, q, locale))}*`, ''];
  const byModel = themeModelLine(t, locale);
  if (byModel) lines.push(`*${esc(byModel)}*`, '');
  if (t.summary) lines.push(esc(t.summary), '');
  for (const quote of t.quotes) {
    const by = quoteBy(quote, locale);
    lines.push(`> ${esc(translate(locale, 'compile.quoted', { text: quote.text }))}${by ? ` ${esc(by)}` : ''}`, '');
  }
  const parts = partLines(t, locale);
  if (parts.length > 0) {
    lines.push(`*${esc(translate(locale, 'compile.partsHeading'))}*`, '');
    for (const p of parts) lines.push(`- ${esc(p)}`);
    lines.push('');
  }
  return lines;
}

/** A choice question's counts as a bar chart of block characters, one row per option. */
function choiceLines(q: CompiledQuestion, locale: Locale, esc: Escape): string[] {
  const width = Math.max(...q.options.map((o) => o.label.length), 0);
  const rows = q.options.map((o) => `${o.label.padEnd(width)}  ${percentBar(o.percent)}  ${o.count} (${o.percent} %)`);
  const counted = q.options.reduce((a, o) => a + o.count, 0);
  return [
    '```',
    // In a code block nothing is markup; a backtick run cannot close it early.
    ...rows.map((r) => r.replace(/`/g, "'")),
    '```',
    '',
    `*${esc(translate(locale, 'compile.chartCaption', { count: counted }))}*`,
    '',
  ];
}

/**
 * The compilation as Markdown, for chat and for reading in a terminal.
 * All reply text is escaped: it shows as typed and never acts as markup.
 */
export function renderMarkdown(c: Compilation, esc: Escape = escapeMarkdown): string {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(c.locale, key, vars);
  const out: string[] = [];
  const title = c.program ? `${tr('compile.title')}: ${c.program.title}` : tr('compile.titleNoProgram');
  const stage = stageWord(c);
  out.push(`# ${esc(title)}${stage ? ` — ${stage}` : ''}`, '');
  const notice = modelNotice(c);
  if (notice) out.push(`> ${esc(notice)}`, '');
  if (c.round) {
    out.push(`## ${esc(tr('compile.round', { number: c.round.number, title: c.round.title }))}`, '');
    const meeting = meetingLine(c);
    if (meeting) out.push(esc(meeting), '');
  }
  if (c.network) {
    const name = c.networks.find((n) => n.id === c.network)?.name ?? c.network;
    out.push(esc(tr('compile.network', { name })), '');
  }
  if (c.program?.background.trim()) out.push(`## ${tr('compile.background')}`, '', esc(c.program.background.trim()), '');
  out.push(`## ${tr('compile.questions')}`, '');
  c.questions.forEach((q, i) => {
    out.push(`${i + 1}\\. ${esc(q.text ?? q.questionId)}`);
  });
  out.push('');

  c.questions.forEach((q, i) => {
    out.push(`## ${tr('compile.question', { n: i + 1 })}: ${esc(q.text ?? q.questionId)}`, '');
    if (q.replyCount === 0) out.push(tr('compile.noReplies'), '');
    if (q.kind === 'choice') {
      if (q.options.length > 0) out.push(...choiceLines(q, c.locale, esc));
      return;
    }
    for (const t of q.themes) {
      out.push(`### ${esc(t.label)}`, '', ...themeLines(t, q, c.locale, esc));
    }
  });

  if (c.networks.length > 0) {
    out.push(`## ${tr('compile.perNetwork')}`, '');
    for (const n of c.networks) {
      out.push(`### ${esc(networkHeading(n, c))}`, '');
      for (const r of n.raised) {
        const q = c.questions.findIndex((x) => x.questionId === r.questionId);
        const question = tr('compile.question', { n: q + 1 });
        out.push(`- ${esc(tr('compile.networkRaised', { question, themes: r.themes.join(', ') }))}`);
      }
      if (n.plans.length > 0) out.push(`- ${esc(tr('compile.networkPlans', { plans: n.plans.join(' ') }))}`);
      out.push('');
    }
  }

  const p = c.participation;
  out.push(`## ${tr('compile.participation')}`, '', esc(participationTotals(p, c.locale).join(' ')), '');
  if (p.byNetwork.length > 0) {
    out.push(`**${tr('compile.byNetwork')}**`, '');
    for (const n of p.byNetwork) out.push(`- ${esc(networkLine(n, c.locale))}`);
    out.push('');
  }
  if (p.byRole.length > 0) {
    out.push(`**${tr('compile.byRole')}**`, '');
    for (const r of p.byRole) out.push(`- ${esc(roleLine(r, c.locale))}`);
    out.push('');
  }
  if (c.program) {
    for (const line of participationNotes(c)) out.push(esc(line), '');
  }
  out.push(`## ${tr('compile.reflection')}`, '', c.reflection ? esc(c.reflection) : `*${esc(tr('compile.reflectionHint'))}*`, '');
  return `${out.join('\n')}\n`;
}
