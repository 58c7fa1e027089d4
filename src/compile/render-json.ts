import type { Compilation } from './types';

/**
 * The JSON contract other tools (and the benchmark) read. Keys are in a
 * fixed order and the text already redacted; JSON.stringify escapes the rest.
 */
export function renderJson(c: Compilation): string {
  const out = {
    draft: c.stage === 'draft',
    stage: c.stage,
    locale: c.locale,
    program: c.program,
    round: c.round,
    network: c.network,
    questions: c.questions.map((q) => ({
      questionId: q.questionId,
      text: q.text,
      kind: q.kind,
      replyCount: q.replyCount,
      themes: q.themes.map((t) => ({
        id: t.id,
        label: t.label,
        keywords: t.keywords,
        replyIds: t.replyIds,
        ...(t.parts.length > 0 ? { parts: t.parts.map((p) => ({ replyId: p.replyId, part: p.part })) } : {}),
        summary: t.summary,
        quotes: t.quotes,
        networks: t.networks,
        networkTotal: q.networkTotal,
        roles: t.roles,
        guided: t.guided,
        other: t.other,
        ...(t.model ? { model: t.model } : {}),
      })),
      options: q.options,
    })),
    networks: c.networks,
    participation: c.participation,
    ...(c.reflection ? { reflection: c.reflection } : {}),
    ...(c.model ? { model: c.model } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
