import type { Locale } from '../../i18n/translate';
import { redactNames } from '../redact-names';
import type { Quote } from '../types';
import type { ThemeAnswer } from './model-answer';
import type { ModelSources } from './model-sources';
import type { ThemeRequest } from './theme-request';

/** Why an answer was not used: recorded per theme, never shown to participants. */
export type Rejection =
  | 'shape'
  | 'unknown-id'
  | 'invented-quote'
  | 'quote-not-consenting'
  | 'names-network'
  | 'names-person'
  | 'unknown-name'
  | 'unknown-number'
  | 'verbatim'
  | 'placeholder';

export type Checked = { ok: true; heading: string; synthesis: string; quotes: Quote[] } | { ok: false; reason: Rejection };

const NUMBER_WORDS: Record<Locale, string[]> = {
  sv: ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};
const WORD = /[\p{L}\p{N}]+/gu;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const unquote = (s: string) => squash(s).replace(/^["'”“„»«]+|["'”“„»«]+$/g, '').trim();

/** Numbers the text states, as digits or as words ("tre nätverk"). */
function numbersIn(text: string, locale: Locale): number[] {
  const digits = (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
  const words = (text.toLowerCase().match(WORD) ?? []).flatMap((w) => {
    const i = NUMBER_WORDS[locale].indexOf(w);
    return i < 0 ? [] : [i + 2];
  });
  return [...digits, ...words];
}

/** Capitalised words inside a sentence (not its first word): names, places, bodies. */
function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?:]\s*|^\s*|[\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}-]*)/gu)) {
    if ((m[1]?.length ?? 0) > 1) out.push(m[1] ?? '');
  }
  return out;
}

/**
 * Whether an answer may be used for its theme, and the part of it that is:
 * the shape holds; every reply number it cites was sent; every quote is
 * verbatim from a reply whose author consented; the heading and synthesis
 * name no network (nor its "nätverk N"), no person, no capitalised name the
 * replies do not hold, no number the data does not hold, no placeholder,
 * and repeat nothing verbatim of a reply without consent (the guard).
 */
export function checkAnswer(answer: ThemeAnswer, request: ThemeRequest, sources: ModelSources, locale: Locale): Checked {
  const heading = squash(answer.heading);
  const synthesis = squash(answer.synthesis);
  const words = (s: string) => s.match(WORD)?.length ?? 0;
  if (words(heading) < 1 || words(heading) > 10 || heading.length > 80 || words(synthesis) < 8 || synthesis.length > 1200) {
    return { ok: false, reason: 'shape' };
  }
  if (answer.quotes.length > 2 || answer.sources.length === 0) return { ok: false, reason: 'shape' };
  if ([...answer.sources, ...answer.quotes.map((q) => q.reply)].some((n) => !request.refs.has(n))) {
    return { ok: false, reason: 'unknown-id' };
  }
  const quotes: Quote[] = [];
  for (const q of answer.quotes) {
    const ref = request.refs.get(q.reply);
    const text = unquote(q.text);
    if (!ref) return { ok: false, reason: 'unknown-id' };
    if (!ref.consent) return { ok: false, reason: 'quote-not-consenting' };
    if (words(text) < 3 || !squash(ref.text).includes(text)) return { ok: false, reason: 'invented-quote' };
    quotes.push({ replyId: ref.id, text, role: ref.role, ...(ref.minutes ? { minutes: true } : {}) });
  }
  const known = [request.payload.question, request.payload.draftHeading, ...request.payload.facts.roles]
    .concat(request.payload.replies.map((r) => r.text))
    .join(' ')
    .toLowerCase();
  for (const text of [heading, synthesis]) {
    const lower = text.toLowerCase();
    if (sources.placeholders.some((p) => lower.includes(p.toLowerCase()))) return { ok: false, reason: 'placeholder' };
    const said = new Set(lower.match(WORD) ?? []);
    const networkWords = (n: string) => n.match(WORD) ?? [];
    const namesNetwork = sources.networkNames.some((n) => {
      const ws = networkWords(n);
      return ws.length > 0 && ws.every((w) => said.has(w)) && lower.includes(n);
    });
    if (namesNetwork || /(?:nätverk|network)\s+(?:nr\.?\s*)?\d+/iu.test(text)) return { ok: false, reason: 'names-network' };
    if (redactNames(text, '\u0000', sources.placeholders) !== text) return { ok: false, reason: 'names-person' };
    if (properNouns(text).some((w) => !known.includes(w.toLowerCase()))) return { ok: false, reason: 'unknown-name' };
    if (numbersIn(text, locale).some((n) => !request.numbers.has(n))) return { ok: false, reason: 'unknown-number' };
    if (sources.guard.leaks(text)) return { ok: false, reason: 'verbatim' };
  }
  return { ok: true, heading, synthesis, quotes };
}
