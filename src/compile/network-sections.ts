import type { Program } from '../program/schema';
import { splitSentences } from './tokenize';
import type { CompiledQuestion, CompileReply, NetworkSection } from './types';
import type { VerbatimGuard } from './verbatim-guard';

// Words that mark a plan or an intention, in Swedish and English.
const PLAN = /\b(planerar|planera|ska vi|vi ska|kommer att|tänker|nästa steg|framöver|vill vi|vi vill|plan(?:s|ning)? to|will|next step|going to)\b/iu;
const MAX_THEMES = 3;
const MAX_PLANS = 2;

/**
 * A few lines per network, like the per-municipality sections of Nka's
 * compilations: which themes its replies went to in each question, and a
 * sentence or two on what it plans, taken only from replies whose authors
 * consented to be quoted (the group's minutes: as the leader chose), never
 * repeating what anyone else wrote (`guard`). Replies come redacted.
 */
export function networkSections(
  replies: readonly CompileReply[],
  questions: readonly CompiledQuestion[],
  guard: VerbatimGuard,
  program?: Program,
  only?: string,
): NetworkSection[] {
  const ids = program
    ? program.networks.map((n) => n.id)
    : [...new Set(replies.map((r) => r.network).filter((n): n is string => !!n))].sort();
  const nameOf = (id: string) => program?.networks.find((n) => n.id === id)?.name ?? id;
  const networkOf = new Map(replies.map((r) => [r.id, r.network ?? '']));
  return ids
    .filter((id) => !only || id === only)
    .map((id) => {
      // In id order: the same replies give the same plans whatever order they came in.
      const own = replies.filter((r) => r.network === id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const raised = questions
        .filter((q) => q.kind === 'text')
        .map((q) => ({
          questionId: q.questionId,
          themes: q.themes
            .filter((t) => !t.other)
            .map((t) => ({ label: t.label, count: t.replyIds.filter((r) => networkOf.get(r) === id).length }))
            .filter((t) => t.count > 0)
            .sort((a, b) => b.count - a.count)
            .slice(0, MAX_THEMES)
            .map((t) => t.label),
        }))
        .filter((q) => q.themes.length > 0);
      const plans: string[] = [];
      for (const r of own) {
        if (r.consent !== true || plans.length >= MAX_PLANS) continue;
        for (const s of splitSentences(r.text ?? '')) {
          if (plans.length < MAX_PLANS && PLAN.test(s) && s.length <= 240 && !guard.leaks(s)) plans.push(s);
        }
      }
      return { id, name: nameOf(id), replies: new Set(own.map((r) => r.id)).size, raised, plans };
    });
}
