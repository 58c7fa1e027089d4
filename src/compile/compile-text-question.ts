import type { Theme } from '../program/schema';
import { findThemes, type ThemeItem } from './find-themes';
import { labelFrom, themeWords } from './label-theme';
import { pickQuotes } from './pick-quotes';
import { hashString } from './seeded-random';
import { splitReply } from './split-reply';
import { summarizeTheme } from './summarize-theme';
import { type ConceptShare, themeConcepts } from './theme-concepts';
import type { CompiledTheme, CompileReply, ReplyPart } from './types';
import { type Analysed, analyse, Vectorizer } from './vectorize';

export interface TextQuestionInput {
  questionId: string;
  /** Replies to this question with text, already redacted. */
  replies: readonly CompileReply[];
  guided: readonly Theme[];
  /** Whether the domain concept lexicon is used (features and headings). */
  lexicon: boolean;
  words: { other: string; and: string; fallback: (n: number) => string; concept: (id: string) => string };
  onItems?: (done: number) => void;
}

const LABEL_SAMPLE = 300;

interface Item extends ThemeItem {
  reply: CompileReply;
  part: number;
  partCount: number;
  text: string;
  analysed: Analysed;
}

const byCountThenKey = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The themes of one text question: split long replies, vectorise, group,
 * then label, summarise and quote each group. Every reply id ends up in
 * exactly one theme: the one its largest part went to.
 */
export function compileTextQuestion(input: TextQuestionInput): CompiledTheme[] {
  const { questionId, replies, guided, words } = input;
  const raw: Omit<Item, 'vector'>[] = [];
  for (const reply of replies) {
    const parts = splitReply(reply.text ?? '');
    parts.forEach((text, part) => {
      raw.push({ key: `${reply.id}#${part}`, reply, part, partCount: parts.length, text, analysed: analyse(text) });
    });
    if (raw.length % 1000 < parts.length) input.onItems?.(raw.length);
  }
  const vectorizer = new Vectorizer(undefined, { lexicon: input.lexicon });
  const vectors = vectorizer.fit(raw.map((r) => r.analysed));
  const items: Item[] = raw.map((r, i) => ({ ...r, vector: vectors[i] ?? vectorizer.transform('') }));
  const seeds = guided.map((t) => vectorizer.transform(`${t.label} ${t.hints.join(' ')}`));
  const grouping = findThemes(items, { dim: vectorizer.dimension, seeds });

  // Each reply goes where most of its text went (ties: the earlier theme).
  const groupCount = grouping.themes.length;
  const slot = (a: number) => (a < 0 ? groupCount : a); // "Övrigt" is the last slot
  const charsByReply = new Map<string, Map<number, number>>();
  items.forEach((it, i) => {
    const s = slot(grouping.assignment[i] ?? -1);
    const m = charsByReply.get(it.reply.id) ?? new Map<number, number>();
    m.set(s, (m.get(s) ?? 0) + it.text.length);
    charsByReply.set(it.reply.id, m);
  });
  const home = new Map<string, number>();
  for (const [id, m] of charsByReply) {
    const [best] = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    home.set(id, best?.[0] ?? groupCount);
  }

  const slots = Array.from({ length: groupCount + 1 }, (_, s) => s);
  const members = slots.map((s) => items.filter((_, i) => slot(grouping.assignment[i] ?? -1) === s));
  // Phrase counts from at most LABEL_SAMPLE items per theme (in hash order):
  // shares settle long before that, and labelling stays bounded in big rounds.
  const labelDocs = members.map((m) =>
    (m.length <= LABEL_SAMPLE
      ? m
      : [...m].sort((a, b) => hashString(a.key) - hashString(b.key) || (a.key < b.key ? -1 : 1)).slice(0, LABEL_SAMPLE)
    ).map((it) => it.analysed),
  );
  const themeWordsOf = themeWords(labelDocs);
  const conceptOf = input.lexicon ? assignConcepts(themeConcepts(labelDocs), groupCount) : new Map<number, ConceptShare>();
  const taken = new Set<string>();
  const themes: (CompiledTheme & { size: number })[] = [];
  for (const s of slots) {
    const its = members[s] ?? [];
    if (its.length === 0) continue;
    const isOther = s === groupCount;
    const g = isOther ? undefined : grouping.themes[s];
    const centre = g?.centre ?? centreless(its, vectorizer.dimension);
    const replyIds = [...new Set(its.map((it) => it.reply.id))].filter((id) => home.get(id) === s).sort();
    const tw = themeWordsOf[s] ?? { phrases: [], keywords: [] };
    let label = isOther ? words.other : (guided[g?.guided ?? -1]?.label ?? null);
    if (label === null) {
      const picked = labelFrom(tw, words.and, taken);
      const concept = conceptOf.get(s);
      // A concept most of the theme names is the better heading: it is the
      // domain's own word for the theme ("Växelvård och korttidsplats"),
      // where a phrase is one wording of it. A phrase more of the theme
      // shares than any concept says more.
      if (concept && (concept.share >= 0.5 || concept.share >= (picked?.share ?? 0))) {
        label = words.concept(concept.id);
      } else {
        if (picked) taken.add(picked.key);
        label = picked?.label ?? words.fallback(themes.length + 1);
      }
    }
    const parts: ReplyPart[] = its
      .filter((it) => it.partCount > 1)
      .map((it) => ({ replyId: it.reply.id, part: it.part, text: it.text, quotable: it.reply.consent === true }));
    const networks = countBy(its.map((it) => it.reply.network));
    const roles = countBy(its.map((it) => it.reply.role));
    themes.push({
      id: '',
      label,
      keywords: tw.keywords,
      replyIds,
      parts,
      summary: summarizeTheme(its, centre, (t) => vectorizer.transform(t)),
      quotes: pickQuotes(
        its
          .filter((it) => it.partCount === 1 || home.get(it.reply.id) === s)
          .map((it) => ({
            replyId: it.reply.id,
            text: it.text,
            role: it.reply.role ?? null,
            consent: it.reply.consent === true,
            vector: it.vector,
          })),
        centre,
      ),
      networks,
      roles,
      guided: g?.guided !== null && g?.guided !== undefined,
      other: isOther,
      size: new Set(its.map((it) => it.reply.id)).size,
    });
  }
  // Most-raised first; "Övrigt" always last.
  themes.sort((a, b) => Number(a.other) - Number(b.other) || b.size - a.size || (a.label < b.label ? -1 : 1));
  return themes.map(({ size: _size, ...t }, i) => ({ ...t, id: t.other ? `${questionId}-other` : `${questionId}-t${i + 1}` }));
}

/**
 * One concept per theme at most, and each concept for one theme only: the
 * pairs that set a theme most apart go first, so two themes never share a
 * heading and the theme a concept fits best gets it. "Övrigt" gets none.
 */
function assignConcepts(perTheme: readonly ConceptShare[][], groupCount: number): Map<number, ConceptShare> {
  const pairs = perTheme
    .flatMap((cs, s) => (s < groupCount ? cs.map((c) => ({ s, c })) : []))
    .sort((a, b) => b.c.excess - a.c.excess || a.s - b.s || (a.c.id < b.c.id ? -1 : 1));
  const out = new Map<number, ConceptShare>();
  const used = new Set<string>();
  for (const { s, c } of pairs) {
    if (out.has(s) || used.has(c.id)) continue;
    out.set(s, c);
    used.add(c.id);
  }
  return out;
}

function countBy(values: readonly (string | undefined)[]): string[] {
  const m = new Map<string, number>();
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort(byCountThenKey).map(([k]) => k);
}

/** "Övrigt" has no centre of its own; the mean of its members stands in. */
function centreless(items: readonly Item[], dim: number): Float64Array {
  const c = new Float64Array(dim);
  for (const it of items) for (let k = 0; k < it.vector.idx.length; k += 1) {
    const i = it.vector.idx[k] ?? 0;
    c[i] = (c[i] ?? 0) + (it.vector.val[k] ?? 0);
  }
  let s = 0;
  for (const x of c) s += x * x;
  const n = Math.sqrt(s);
  if (n > 0) for (let i = 0; i < dim; i += 1) c[i] = (c[i] ?? 0) / n;
  return c;
}
