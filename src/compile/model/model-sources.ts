import { type Locale, translate } from '../../i18n/translate';
import type { Program } from '../../program/schema';
import { redactionWords } from '../compile-round';
import { redact } from '../redact';
import { escapeRegExp } from '../redact-names';
import type { CompileReply } from '../types';
import { VerbatimGuard } from '../verbatim-guard';

/** A reply as the model may see it: redacted, network names replaced by "nätverk N", no author. */
export interface SourceReply {
  id: string;
  /** Redacted, as the compilation shows it (what a quote must match). */
  text: string;
  /** Redacted and with every network's name replaced by its alias: what is sent. */
  sent: string;
  role: string | null;
  /** "nätverk 2": never the network's id or name. */
  network: string | null;
  consent: boolean;
  minutes: boolean;
}

export interface ModelSources {
  /** Per question id, per reply id. */
  replies: Map<string, Map<string, SourceReply>>;
  /** Lower-case network ids and names (and their aliases' pattern): what a model's text must not hold. */
  networkNames: readonly string[];
  /** Everything the authors did not consent to have quoted (the compiler's own rule). */
  guard: VerbatimGuard;
  /** The placeholders redaction writes, bracketed ("[namn]"). */
  placeholders: readonly string[];
  /** `text` with every network's id and name replaced by its alias (for the question's text too). */
  scrub: (text: string) => string;
}

const ALIAS_WORD: Record<Locale, string> = { sv: 'nätverk', en: 'network' };

/** "nätverk 1", "nätverk 2" … in the program's order of networks, then any others in sorted order. */
function aliases(program: Program | undefined, replies: readonly CompileReply[], locale: Locale): Map<string, string> {
  const ids = [...(program?.networks.map((n) => n.id) ?? [])];
  const seen = new Set(ids);
  for (const id of [...new Set(replies.map((r) => r.network ?? ''))].filter(Boolean).sort()) {
    if (!seen.has(id)) ids.push(id);
    seen.add(id);
  }
  return new Map(ids.map((id, i) => [id, `${ALIAS_WORD[locale]} ${i + 1}`]));
}

/**
 * What the model step may send, built from the compilation's own input: the
 * replies redacted as the compiler redacts them, each network named only by
 * its alias (also inside reply text), and the guard over non-consenting text.
 */
export function modelSources(
  replies: readonly CompileReply[],
  program: Program | undefined,
  network: string | undefined,
  locale: Locale,
): ModelSources {
  const words = redactionWords(locale);
  const inScope = replies.filter((r) => !network || r.network === network);
  const alias = aliases(program, inScope, locale);
  const names = new Map<string, string>();
  for (const n of program?.networks ?? []) {
    names.set(n.id.toLowerCase(), alias.get(n.id) ?? '');
    names.set(n.name.toLowerCase(), alias.get(n.id) ?? '');
  }
  for (const [id, a] of alias) if (!names.has(id.toLowerCase())) names.set(id.toLowerCase(), a);
  const networkNames = [...names.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = networkNames.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${networkNames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const scrub = (text: string) => (pattern ? text.replace(pattern, (m) => names.get(m.toLowerCase()) ?? '') : text);

  const byQuestion = new Map<string, Map<string, SourceReply>>();
  const nonConsenting: string[] = [];
  for (const r of inScope) {
    if (r.text === null || r.text.trim() === '') continue;
    const text = redact(r.text, words);
    const m = byQuestion.get(r.question) ?? new Map<string, SourceReply>();
    // The last line wins, as in the compiler: an edit replaces what it edits.
    m.set(r.id, {
      id: r.id,
      text,
      sent: scrub(text),
      role: r.kind === 'minutes' ? null : (r.role ?? null),
      network: r.network ? (alias.get(r.network) ?? null) : null,
      consent: r.consent === true,
      minutes: r.kind === 'minutes',
    });
    byQuestion.set(r.question, m);
  }
  for (const m of byQuestion.values()) for (const s of m.values()) if (!s.consent) nonConsenting.push(s.text);
  return {
    replies: byQuestion,
    networkNames,
    guard: new VerbatimGuard(nonConsenting),
    placeholders: Object.values(words).map((w) => `[${w}]`),
    scrub,
  };
}

/** A role's name in the locale ("anhörig"), or the role as written when the locale has none. */
export function roleName(role: string, locale: Locale): string {
  const word = translate(locale, `role.${role}`);
  return word === `role.${role}` ? role : word;
}
