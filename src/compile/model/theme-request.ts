import type { Locale } from '../../i18n/translate';
import { hashString } from '../seeded-random';
import type { CompiledQuestion, CompiledTheme } from '../types';
import { type ModelSources, roleName, type SourceReply } from './model-sources';

/** At most this much reply text per theme (about 2,500 tokens): bounded cost whatever the round's size. */
export const THEME_CHARS = 9000;
/** A longer reply is cut here (a quote must still match the reply as written). */
const REPLY_CHARS = 1500;

/** What one theme's request carries besides the instructions: all of it may leave the machine. */
export interface ThemePayload {
  question: string;
  round: number | null;
  draftHeading: string;
  /** Whether the heading is the program's own (an expected theme): then it is kept. */
  headingFixed: boolean;
  facts: { replies: number; networks: number; networkTotal: number; minutes: number; roles: string[] };
  replies: { id: number; network: string | null; role: string | null; minutes: boolean; quotable: boolean; text: string }[];
}

export interface ThemeRequest {
  payload: ThemePayload;
  /** Reply number in the request → the reply it stands for. */
  refs: Map<number, SourceReply>;
  /** Numbers the data holds: a synthesis may use these and no others. */
  numbers: Set<number>;
}

/**
 * One theme's request: the question, the theme's counts, and its replies
 * (those quoted in the draft first, then the rest in a stable order) up to
 * THEME_CHARS, each by a number that means nothing outside the request.
 */
export function themeRequest(
  q: CompiledQuestion,
  t: CompiledTheme,
  sources: ModelSources,
  round: number | null,
  locale: Locale,
): ThemeRequest {
  const replies = sources.replies.get(q.questionId) ?? new Map<string, SourceReply>();
  const quoted = new Set(t.quotes.map((x) => x.replyId));
  const ids = [...new Set([...t.replyIds, ...t.parts.map((p) => p.replyId)])].sort(
    (a, b) => Number(quoted.has(b)) - Number(quoted.has(a)) || hashString(a) - hashString(b) || (a < b ? -1 : 1),
  );
  const refs = new Map<number, SourceReply>();
  const sent: ThemePayload['replies'] = [];
  let chars = 0;
  for (const id of ids) {
    const r = replies.get(id);
    if (!r) continue;
    const text = r.sent.length > REPLY_CHARS ? `${r.sent.slice(0, REPLY_CHARS)}…` : r.sent;
    if (sent.length > 0 && chars + text.length > THEME_CHARS) break;
    chars += text.length;
    const n = sent.length + 1;
    refs.set(n, r);
    sent.push({ id: n, network: r.network, role: r.role && roleName(r.role, locale), minutes: r.minutes, quotable: r.consent, text });
  }
  const facts = {
    replies: t.replyCount,
    networks: t.networks.length,
    networkTotal: q.networkTotal,
    minutes: t.minutes,
    roles: t.roles.map((r) => roleName(r, locale)),
  };
  const numbers = new Set([facts.replies, facts.networks, facts.networkTotal, facts.minutes, facts.roles.length, sent.length]);
  if (round !== null) numbers.add(round);
  for (const text of [q.text ?? '', ...sent.map((s) => s.text)]) {
    for (const n of text.match(/\d+(?:[.,]\d+)?/g) ?? []) numbers.add(Number(n.replace(',', '.')));
  }
  return {
    payload: {
      question: sources.scrub(q.text ?? q.questionId),
      round,
      draftHeading: t.label,
      headingFixed: t.guided,
      facts,
      replies: sent,
    },
    refs,
    numbers,
  };
}
