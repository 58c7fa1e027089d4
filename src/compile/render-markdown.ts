import { type Locale, translate } from '../i18n/translate';
import { escapeMarkdown } from './escape';
import { shorten } from './pick-quotes';
import type { Compilation, CompiledQuestion, CompiledTheme } from './types';

type Escape = (text: string) => string;

/** A role key as a word ("anhorig" → "anhörig"); unknown roles as given. */
export function roleWord(locale: Locale, role: string): string {
  const word = translate(locale, `role.${role}`);
  return word === `role.${role}` ? role : word;
}

/** How many parts of long replies a theme lists; the JSON has them all. */
const MAX_PARTS = 6;

/**
 * One line per part of a long reply filed under the theme: which reply and
 * part, and its text (cut short) when the author agreed to be quoted. Shared
 * by the Markdown and Word renderers; unescaped.
 */
export function partLines(t: CompiledTheme, locale: Locale): string[] {
  const lines = t.parts.slice(0, MAX_PARTS).map((p) => {
    const head = `${p.replyId} ${translate(locale, 'compile.part', { n: p.part + 1 })}`;
    return p.quotable ? `${head}: ${shorten(p.text)}` : head;
  });
  if (t.parts.length > MAX_PARTS) lines.push(translate(locale, 'compile.partsMore', { count: t.parts.length - MAX_PARTS }));
  return lines;
}

/** The lines of one theme, shared by the Markdown and chat renderers. */
export function themeLines(t: CompiledTheme, q: CompiledQuestion, locale: Locale, esc: Escape): string[] {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const facts = [tr('compile.replies', { count: t.replyIds.length })];
  if (q.networkTotal > 0 && t.networks.length > 0) {
    facts.push(tr('compile.networksRaised', { count: t.networks.length, total: q.networkTotal }));
  }
  if (t.roles.length > 0) facts.push(tr('compile.roles', { roles: t.roles.map((r) => roleWord(locale, r)).join(', ') }));
  const lines = [`*${esc(facts.join(' · '))}*`, ''];
  if (t.summary) lines.push(esc(t.summary), '');
  for (const quote of t.quotes) {
    const by = quote.role ? ` ${tr('compile.quoteBy', { role: roleWord(locale, quote.role) })}` : '';
    lines.push(`> ”${esc(quote.text)}”${esc(by)}`, '');
  }
  const parts = partLines(t, locale);
  if (parts.length > 0) {
    lines.push(`*${esc(tr('compile.partsHeading'))}*`, '');
    for (const p of parts) lines.push(`- ${esc(p)}`);
    lines.push('');
  }
  return lines;
}

/**
 * The compilation as Markdown, for chat and for reading in a terminal.
 * All reply text is escaped: it shows as typed and never acts as markup.
 */
export function renderMarkdown(c: Compilation, esc: Escape = escapeMarkdown): string {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(c.locale, key, vars);
  const out: string[] = [];
  const title = c.program ? `${tr('compile.title')}: ${c.program.title}` : tr('compile.titleNoProgram');
  out.push(`# ${esc(title)} — ${tr('compile.draft')}`, '');
  if (c.round) {
    out.push(`## ${esc(tr('compile.round', { number: c.round.number, title: c.round.title }))}`, '');
    out.push(esc(tr('compile.meeting', { date: c.round.meeting.replace('T', ' ') })), '');
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
      for (const o of q.options) out.push(`- ${esc(tr('compile.option', { ...o }))}`);
      out.push('');
      return;
    }
    for (const t of q.themes) {
      out.push(`### ${esc(t.label)}`, '', ...themeLines(t, q, c.locale, esc));
    }
  });

  if (c.networks.length > 0) {
    out.push(`## ${tr('compile.perNetwork')}`, '');
    for (const n of c.networks) {
      out.push(`### ${esc(tr('compile.networkReplies', { name: n.name, count: n.replies }))}`, '');
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
  const list = (ids: string[]) =>
    ids.length > 0 ? ids.map((id) => p.byNetwork.find((n) => n.network === id)?.name ?? id).join(', ') : tr('compile.none');
  out.push(`## ${tr('compile.participation')}`, '', esc(tr('compile.totalReplies', { count: p.totalReplies })), '');
  if (p.byNetwork.length > 0) {
    out.push(`**${tr('compile.byNetwork')}**`, '');
    for (const n of p.byNetwork) {
      out.push(`- ${esc(tr('compile.byNetworkLine', { name: n.name, count: n.replies, minutes: n.minutes }))}`);
    }
    out.push('');
  }
  if (p.byRole.length > 0) {
    out.push(`**${tr('compile.byRole')}**`, '');
    for (const r of p.byRole) out.push(`- ${esc(tr('compile.byRoleLine', { role: roleWord(c.locale, r.role), count: r.count }))}`);
    out.push('');
  }
  if (c.program) {
    out.push(esc(tr('compile.minutesReceived', { networks: list(p.minutesReceived) })), '');
    out.push(esc(tr('compile.minutesMissing', { networks: list(p.minutesMissing) })), '');
    out.push(esc(tr('compile.silent', { networks: list(p.silentNetworks) })), '');
  }
  out.push(`## ${tr('compile.reflection')}`, '', `*${esc(tr('compile.reflectionHint'))}*`, '');
  return `${out.join('\n')}\n`;
}
