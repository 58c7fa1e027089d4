import type { Program } from '../program/schema';
import { splitSentences } from './tokenize';
import type { CompiledQuestion, CompileReply, NetworkSection } from './types';
import type { VerbatimGuard } from './verbatim-guard';

// Words that mark a plan or an intention, in Swedish and English.
const PLAN = /\b(planerar|planera|ska vi|vi ska|kommer att|tänker|nästa steg|framöver|vill vi|vi vill|plan(?:s|ning)? to|will|next step|going to|we want)\b/iu;
// ...of which these say something will be done, not only wished for ("vi vill", "tänker").
const WILL = /\b(planerar|ska vi|vi ska|kommer att|nästa steg|framöver|plan(?:s|ning)? to|will|next step|going to)\b/iu;
// What makes an intention a plan a coordinator can follow up: a proposal the
// group made, something to be set up or tried, or a time to do it by.
const CONCRETE =
  /(?:^|\s)(?:förslag|proposal|suggestion)\s*:|\b(?:ta fram|tar fram|ordna|ordnar|starta|startar|prova|provar|införa|bjuda in|bjuder in|under våren|under hösten|till våren|till hösten|i höst|nästa år|nästa träff|set up|start|try out|introduce|this spring|this autumn|next year|next meeting)\b/iu;
// A sentence that opens on a condition ("Om …", "If …").
const CONDITION = /^\s*(?:om|if)\s/iu;
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
  // Per text question and theme, its replies per network, counted in one
  // pass (performance, issue 13: once a pass over every theme per network).
  const textQuestions = questions.filter((q) => q.kind === 'text');
  const countsOf = new Map(
    textQuestions.map((q) => [
      q,
      q.themes.map((t) => {
        const counts = new Map<string, number>();
        for (const r of t.replyIds) {
          const n = networkOf.get(r);
          if (n !== undefined) counts.set(n, (counts.get(n) ?? 0) + 1);
        }
        return counts;
      }),
    ]),
  );
  return ids
    .filter((id) => !only || id === only)
    .map((id) => {
      // In id order: the same replies give the same plans whatever order they came in.
      const own = replies.filter((r) => r.network === id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const raised = textQuestions
        .map((q) => ({
          questionId: q.questionId,
          themes: q.themes
            .map((t, k) => ({ t, count: countsOf.get(q)?.[k]?.get(id) ?? 0 }))
            .filter(({ t }) => !t.other)
            .map(({ t, count }) => ({ label: t.label, count }))
            .filter((t) => t.count > 0)
            .sort((a, b) => b.count - a.count)
            .slice(0, MAX_THEMES)
            .map((t) => t.label),
        }))
        .filter((q) => q.themes.length > 0);
      // What the group itself decided (the leader's minutes) first, then concrete
      // plans in answers, then what an answer says will be done. A bare "vi vill"
      // in one person's answer is an aim (often the question asked for one), not
      // the network's plan, and a sentence on a condition ("Om stödplanerna följs
      // upp kan vi … planera budgeten") plans nothing yet.
      const candidates = own
        .filter((r) => r.consent === true)
        .flatMap((r) =>
          splitSentences(r.text ?? '')
            .filter((s) => s.length <= 240 && !CONDITION.test(s) && !guard.leaks(s))
            .filter((s) => CONCRETE.test(s) || (r.kind === 'minutes' ? PLAN : WILL).test(s))
            .map((s) => ({ s, rank: (r.kind === 'minutes' ? 0 : 2) + (CONCRETE.test(s) ? 0 : 1) })),
        );
      const plans = [...new Set(candidates.sort((a, b) => a.rank - b.rank).map((c) => c.s))].slice(0, MAX_PLANS);
      return { id, name: nameOf(id), replies: new Set(own.map((r) => r.id)).size, raised, plans };
    });
}
