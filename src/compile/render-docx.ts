import { AlignmentType, BorderStyle, Document, Header, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import { translate } from '../i18n/translate';
import { choiceChart } from './docx-chart';
import { modelNotice, themeModelLine } from './model/model-lines';
import {
  meetingLine,
  networkHeading,
  networkLine,
  participationNotes,
  participationTotals,
  partLines,
  quoteBy,
  roleLine,
  stageWord,
  themeFacts,
} from './render-lines';
import type { Compilation } from './types';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const para = (text: string, italics = false) =>
  new Paragraph({ children: [new TextRun({ text, italics })], spacing: { after: 120 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** A quote set apart (`text` in the language's quotation marks): indented, with a rule on the left, attribution below it. */
function quote(text: string, by: string): Paragraph[] {
  const indent = { left: 720, right: 720 };
  const border = { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } };
  return [
    new Paragraph({ children: [new TextRun({ text, italics: true })], indent, border }),
    new Paragraph({ children: [new TextRun({ text: by, size: 18 })], indent, border, spacing: { after: 160 } }),
  ];
}

/**
 * The compilation as a Word document for the coordinator to edit: "Utkast"
 * (or "Bearbetad version"; nothing once published) in the head, the questions, a heading per question and per theme, quotes
 * set apart, a section per network, participation, and an empty Reflektion
 * section. Text is set as runs, so nothing in a reply can act as markup.
 */
export async function renderDocx(c: Compilation): Promise<Buffer> {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(c.locale, key, vars);
  const body: (Paragraph | Table)[] = [];
  const title = c.program ? `${tr('compile.title')}: ${c.program.title}` : tr('compile.titleNoProgram');
  const stage = stageWord(c);
  if (stage) body.push(new Paragraph({ children: [new TextRun({ text: stage.toUpperCase(), bold: true, color: 'C00000' })], alignment: AlignmentType.RIGHT }));
  body.push(new Paragraph({ text: title, heading: HeadingLevel.TITLE }));
  const notice = modelNotice(c);
  if (notice) body.push(para(notice, true));
  if (c.round) {
    body.push(heading(tr('compile.round', { number: c.round.number, title: c.round.title }), HeadingLevel.HEADING_2));
    const meeting = meetingLine(c);
    if (meeting) body.push(para(meeting));
  }
  if (c.program?.background.trim()) {
    body.push(heading(tr('compile.background'), HeadingLevel.HEADING_2), para(c.program.background.trim()));
  }
  body.push(heading(tr('compile.questions'), HeadingLevel.HEADING_2));
  c.questions.forEach((q, i) => {
    body.push(para(`${i + 1}. ${q.text ?? q.questionId}`));
  });

  c.questions.forEach((q, i) => {
    body.push(heading(`${tr('compile.question', { n: i + 1 })}: ${q.text ?? q.questionId}`, HeadingLevel.HEADING_1));
    if (q.replyCount === 0) body.push(para(tr('compile.noReplies'), true));
    if (q.kind === 'choice') {
      if (q.options.length > 0) {
        const counted = q.options.reduce((a, o) => a + o.count, 0);
        body.push(choiceChart(q.options), para(tr('compile.chartCaption', { count: counted }), true));
      }
      return;
    }
    for (const t of q.themes) {
      body.push(heading(t.label, HeadingLevel.HEADING_2));
      body.push(para(themeFacts(t, q, c.locale), true));
      const byModel = themeModelLine(t, c.locale);
      if (byModel) body.push(para(byModel, true));
      if (t.summary) body.push(para(t.summary));
      for (const qt of t.quotes) {
        body.push(...quote(tr('compile.quoted', { text: qt.text }), quoteBy(qt, c.locale)));
      }
      const parts = partLines(t, c.locale);
      if (parts.length > 0) {
        body.push(para(tr('compile.partsHeading'), true));
        for (const line of parts) body.push(bullet(line));
      }
    }
  });

  if (c.networks.length > 0) {
    body.push(heading(tr('compile.perNetwork'), HeadingLevel.HEADING_1));
    for (const n of c.networks) {
      body.push(heading(networkHeading(n, c), HeadingLevel.HEADING_3));
      for (const r of n.raised) {
        const index = c.questions.findIndex((x) => x.questionId === r.questionId);
        body.push(bullet(tr('compile.networkRaised', { question: tr('compile.question', { n: index + 1 }), themes: r.themes.join(', ') })));
      }
      if (n.plans.length > 0) body.push(bullet(tr('compile.networkPlans', { plans: n.plans.join(' ') })));
    }
  }

  const p = c.participation;
  body.push(heading(tr('compile.participation'), HeadingLevel.HEADING_1), para(participationTotals(p, c.locale).join(' ')));
  if (p.byNetwork.length > 0) body.push(para(tr('compile.byNetwork'), true));
  for (const n of p.byNetwork) body.push(bullet(networkLine(n, c.locale)));
  if (p.byRole.length > 0) body.push(para(tr('compile.byRole'), true));
  for (const r of p.byRole) body.push(bullet(roleLine(r, c.locale)));
  if (c.program) {
    for (const line of participationNotes(c)) body.push(para(line));
  }
  body.push(heading(tr('compile.reflection'), HeadingLevel.HEADING_1));
  if (c.reflection) for (const line of c.reflection.split(/\n+/)) body.push(para(line));
  else body.push(para(tr('compile.reflectionHint'), true));

  const doc = new Document({
    creator: 'learning-network-bot',
    title,
    ...(stage ? { description: stage } : {}),
    sections: [
      {
        // "Utkast" (or "Bearbetad version") in the page head too, so no printed page passes for the published one.
        ...(stage
          ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: stage, color: 'C00000' })], alignment: AlignmentType.RIGHT })] }) } }
          : {}),
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
