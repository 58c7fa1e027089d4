import { choiceCounts } from '../compile/choice-counts';
import { networkSections } from '../compile/network-sections';
import { participation } from '../compile/participation';
import { shorten } from '../compile/pick-quotes';
import type { Compilation, CompiledQuestion, CompiledTheme, CompileReply, Quote, ReplyPart } from '../compile/types';
import { VerbatimGuard } from '../compile/verbatim-guard';
import type { Program } from '../program/schema';
import type { Edit } from './edit';

/** A reply as the workbench knows it: what the compiler takes, its text already redacted. */
export type WorkbenchReply = CompileReply & { network: string; kind: 'answer' | 'minutes'; consent: boolean };

/** A theme as edited: the compiler's, with what the coordinator changed. */
interface ThemeState {
  id: string;
  label: string;
  summary: string;
  replyIds: string[];
  parts: ReplyPart[];
  /** Chosen quotes by reply id; null keeps the compiler's choice. */
  quoteIds: string[] | null;
  base: CompiledTheme | undefined;
}

interface QuestionState {
  themes: ThemeState[];
  unplaced: string[];
}

export interface ShapedTheme extends CompiledTheme {
  /** The replies quoted here, by id. */
  quoteIds: string[];
  /** Every reply placed here, those marked not to be used too (the page shows them, struck through). */
  placedIds: string[];
}

export interface ShapedQuestion extends CompiledQuestion {
  themes: ShapedTheme[];
  /** Replies taken out of every theme, waiting for the coordinator. */
  unplaced: string[];
  /** Replies that came in after editing began: in no theme until placed (Nya svar). */
  fresh: string[];
}

export interface Shaped {
  questions: ShapedQuestion[];
  excluded: string[];
  reflection: string;
  /** The compilation as edited: what the Word file, the Markdown and a publication use. */
  compilation: Compilation;
}

const withText = (r: WorkbenchReply) => (r.text ?? '').trim() !== '';

function quoteOf(r: WorkbenchReply): Quote {
  return {
    replyId: r.id,
    text: shorten(r.text ?? ''),
    role: r.kind === 'minutes' ? null : (r.role ?? null),
    ...(r.kind === 'minutes' ? { minutes: true } : {}),
  };
}

/** Applies one edit to the state; an edit that no longer fits (its theme merged away, say) changes nothing. */
function apply(
  state: Map<string, QuestionState>,
  edit: Edit,
  replies: Map<string, WorkbenchReply>,
  excluded: Set<string>,
  newId: () => string,
): string | undefined {
  if (edit.kind === 'reflection') return edit.text;
  if (edit.kind === 'exclude') {
    if (edit.excluded) excluded.add(edit.reply);
    else excluded.delete(edit.reply);
    return undefined;
  }
  const q = state.get(edit.question);
  if (!q) return undefined;
  const theme = (id: string) => q.themes.find((t) => t.id === id);
  const takeOut = (reply: string) => {
    for (const t of q.themes) t.replyIds = t.replyIds.filter((r) => r !== reply);
    q.unplaced = q.unplaced.filter((r) => r !== reply);
  };
  switch (edit.kind) {
    case 'move': {
      const reply = replies.get(edit.reply);
      const to = edit.to === null ? null : theme(edit.to);
      if (!reply || reply.question !== edit.question || to === undefined) return undefined;
      takeOut(edit.reply);
      if (to) to.replyIds.push(edit.reply);
      else q.unplaced.push(edit.reply);
      return undefined;
    }
    case 'merge': {
      const from = theme(edit.from);
      const into = theme(edit.into);
      if (!from || !into || from === into) return undefined;
      into.replyIds.push(...from.replyIds);
      into.parts.push(...from.parts);
      if (into.quoteIds !== null || from.quoteIds !== null) {
        into.quoteIds = [...(into.quoteIds ?? []), ...(from.quoteIds ?? [])].slice(0, 3);
      }
      q.themes = q.themes.filter((t) => t !== from);
      return undefined;
    }
    case 'split': {
      const from = theme(edit.theme);
      const moving = edit.replies.filter((r) => from?.replyIds.includes(r));
      if (!from || moving.length === 0) return undefined;
      from.replyIds = from.replyIds.filter((r) => !moving.includes(r));
      const made: ThemeState = { id: newId(), label: edit.label, summary: '', replyIds: moving, parts: [], quoteIds: [], base: undefined };
      q.themes.splice(q.themes.indexOf(from) + 1, 0, made);
      return undefined;
    }
    case 'rename': {
      const t = theme(edit.theme);
      if (t) t.label = edit.label;
      return undefined;
    }
    case 'summary': {
      const t = theme(edit.theme);
      if (t) t.summary = edit.text;
      return undefined;
    }
    case 'reorder': {
      const t = theme(edit.theme);
      if (!t) return undefined;
      q.themes = q.themes.filter((x) => x !== t);
      q.themes.splice(Math.min(edit.to, q.themes.length), 0, t);
      return undefined;
    }
    case 'quotes': {
      const t = theme(edit.theme);
      if (!t) return undefined;
      t.quoteIds = edit.replies.filter((r) => {
        const reply = replies.get(r);
        return reply?.consent === true && withText(reply) && t.replyIds.includes(r);
      });
      return undefined;
    }
  }
}

/** Which quote ids stand for the theme now: the chosen ones, else the compiler's still in it. */
function quotesOf(t: ThemeState, members: Set<string>, replies: Map<string, WorkbenchReply>): Quote[] {
  if (t.quoteIds === null) return (t.base?.quotes ?? []).filter((q) => members.has(q.replyId));
  return t.quoteIds.flatMap((id) => {
    const r = replies.get(id);
    return r && members.has(id) && r.consent === true && withText(r) ? [quoteOf(r)] : [];
  });
}

/** The order networks are listed in: the program's, else by id. */
function networkOrder(program: Program | undefined): (ids: Iterable<string>) => string[] {
  const order = program?.networks.map((n) => n.id) ?? [];
  return (ids) =>
    [...new Set(ids)].sort((a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return ia !== ib ? (ia < 0 ? 1 : ib < 0 ? -1 : ia - ib) : a < b ? -1 : a > b ? 1 : 0;
    });
}

/**
 * The compiler's draft (`base`) with a coordinator's edits applied, in
 * order, over the replies as they are now (text redacted). Pure. Counts,
 * networks, roles, the per-network lines and participation are worked out
 * again from the edited themes; a reply that was deleted since drops out;
 * a reply the draft never saw goes to its question's Nya svar tray until it
 * is placed; an excluded reply is in no theme, no quote and no count.
 */
export function shapeCompilation(base: Compilation, replies: readonly WorkbenchReply[], edits: readonly Edit[], program?: Program): Shaped {
  const byId = new Map(replies.map((r) => [r.id, r]));
  const excluded = new Set<string>();
  const state = new Map<string, QuestionState>();
  for (const q of base.questions) {
    if (q.kind !== 'text') continue;
    state.set(q.questionId, {
      themes: q.themes.map((t) => ({
        id: t.id,
        label: t.label,
        summary: t.summary,
        replyIds: [...t.replyIds],
        parts: [...t.parts],
        quoteIds: null,
        base: t,
      })),
      unplaced: [],
    });
  }
  let reflection = '';
  let made = 0;
  for (const edit of edits) {
    const text = apply(state, edit, byId, excluded, () => `edited-${++made}`);
    if (text !== undefined) reflection = text;
  }

  const order = networkOrder(program);
  const counted = (id: string) => byId.has(id) && !excluded.has(id);
  const questions: ShapedQuestion[] = base.questions.map((q) => {
    const mine = replies.filter((r) => r.question === q.questionId);
    if (q.kind === 'choice') {
      const listed = program?.rounds.flatMap((r) => r.questions).find((x) => x.id === q.questionId)?.options ?? [];
      const chosen = mine.filter((r) => !excluded.has(r.id));
      return { ...q, replyCount: chosen.length, options: choiceCounts(chosen.map((r) => r.option), listed), themes: [], unplaced: [], fresh: [] };
    }
    const s = state.get(q.questionId) ?? { themes: [], unplaced: [] };
    const placed = new Set([...s.themes.flatMap((t) => t.replyIds), ...s.unplaced]);
    const themes: ShapedTheme[] = s.themes.map((t) => {
      const members = t.replyIds.filter(counted);
      const parts = t.parts.filter((p) => counted(p.replyId));
      const all = new Set([...members, ...parts.map((p) => p.replyId)]);
      const inTheme = [...all].map((id) => byId.get(id) as WorkbenchReply);
      const quotes = quotesOf(t, all, byId);
      return {
        ...(t.base ?? { keywords: [], guided: false, other: false }),
        id: t.id,
        label: t.label,
        summary: t.summary,
        replyIds: members,
        parts,
        replyCount: all.size,
        minutes: inTheme.filter((r) => r.kind === 'minutes').length,
        networks: order(inTheme.map((r) => r.network)),
        roles: [...new Set(inTheme.filter((r) => r.kind !== 'minutes' && r.role).map((r) => r.role as string))].sort(),
        quotes,
        quoteIds: quotes.map((x) => x.replyId),
        placedIds: t.replyIds.filter((id) => byId.has(id)),
      };
    });
    return {
      ...q,
      replyCount: mine.filter((r) => !excluded.has(r.id)).length,
      themes,
      unplaced: s.unplaced.filter((id) => byId.has(id)),
      fresh: mine.filter((r) => withText(r) && !placed.has(r.id)).map((r) => r.id),
    };
  });

  const used = replies.filter((r) => !excluded.has(r.id));
  const outQuestions: CompiledQuestion[] = questions.map(({ unplaced: _u, fresh: _f, themes, ...q }) => ({
    ...q,
    themes: themes.filter((t) => t.replyCount > 0).map(({ quoteIds: _q, placedIds: _p, ...t }) => t),
  }));
  const guard = new VerbatimGuard(used.filter((r) => r.consent !== true).map((r) => r.text ?? ''));
  const network = base.network ?? undefined;
  const compilation: Compilation = {
    ...base,
    // Shaped once an edit is in force; the machine's draft until then.
    stage: edits.length > 0 ? 'edited' : base.stage,
    questions: outQuestions,
    networks: networkSections(used, outQuestions, guard, program, network),
    participation: participation(used, program, network),
    ...(reflection.trim() ? { reflection: reflection.trim() } : {}),
  };
  return { questions, excluded: [...excluded].filter((id) => byId.has(id)), reflection, compilation };
}
