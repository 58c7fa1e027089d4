import { type Locale, translate } from '../i18n/translate';
import { networkLine, themeCounts } from './count-words';
import { shorten } from './pick-quotes';
import type { Compilation, CompiledQuestion, CompiledTheme, Participation, Quote } from './types';

/**
 * The words of a compilation that every renderer (Markdown, Word, chat)
 * shares, unescaped: each renderer escapes for its target. How counts are
 * said (the chat message's words too) is in count-words.
 */

export { networkLine, optionLine, percentBar } from './count-words';

type Vars = Record<string, string | number>;

/** The word a title carries for the compilation's stage ("Utkast", "Bearbetad version"); none once published. */
export function stageWord(c: Pick<Compilation, 'locale' | 'stage'>): string | undefined {
  if (c.stage === 'published') return undefined;
  return translate(c.locale, c.stage === 'edited' ? 'compile.edited' : 'compile.draft');
}

/** A role key as a word ("anhorig" → "anhörig"); unknown roles as given. */
export function roleWord(locale: Locale, role: string): string {
  const word = translate(locale, `role.${role}`);
  return word === `role.${role}` ? role : word;
}

/** "3 svar · 1 gruppanteckning · 2 av 5 nätverk · Roller: anhörig, chef": counts that add up. */
export function themeFacts(t: CompiledTheme, q: CompiledQuestion, locale: Locale): string {
  const tr = (key: string, vars?: Vars) => translate(locale, key, vars);
  const facts = themeCounts(t, locale);
  if (q.networkTotal > 0 && t.networks.length > 0) {
    facts.push(tr('compile.networksRaised', { count: t.networks.length, total: q.networkTotal }));
  }
  if (t.roles.length > 0) facts.push(tr('compile.roles', { roles: t.roles.map((r) => roleWord(locale, r)).join(', ') }));
  return facts.join(' · ');
}

/** Who a quote is from: a role, or the group's notes. */
export function quoteBy(quote: Quote, locale: Locale): string {
  if (quote.minutes) return translate(locale, 'compile.quoteByGroup');
  return quote.role ? translate(locale, 'compile.quoteBy', { role: roleWord(locale, quote.role) }) : '';
}

/** How many parts of long replies a theme lists. */
const MAX_PARTS = 6;

/**
 * One line per part of a long reply filed under the theme, as text with
 * where it is from (the group's notes, or a longer reply by a role). Parts
 * whose authors did not consent to be quoted are not shown: they count in
 * the theme and shape it, and that is all.
 */
export function partLines(t: CompiledTheme, locale: Locale): string[] {
  const shown = t.parts.filter((p) => p.quotable);
  const lines = shown.slice(0, MAX_PARTS).map((p) =>
    p.minutes
      ? translate(locale, 'compile.partFromMinutes', { text: shorten(p.text) })
      : translate(locale, 'compile.partFromAnswer', { text: shorten(p.text), role: roleWord(locale, p.role ?? 'annan') }),
  );
  if (shown.length > MAX_PARTS) lines.push(translate(locale, 'compile.partsMore', { count: shown.length - MAX_PARTS }));
  return lines;
}

/** When the meeting is, in the right tense for when the draft was made. */
export function meetingLine(c: Compilation): string | null {
  if (!c.round) return null;
  const date = c.round.meeting.replace('T', ' ');
  const key = c.round.held === true ? 'compile.meeting' : c.round.held === false ? 'compile.meetingAhead' : 'compile.meetingAt';
  return translate(c.locale, key, { date });
}

/** A network's section heading: its people, answers and minutes as participation counts them. */
export function networkHeading(n: Compilation['networks'][number], c: Compilation): string {
  const counted = c.participation.byNetwork.find((b) => b.network === n.id);
  return counted ? networkLine(counted, c.locale) : translate(c.locale, 'compile.networkReplies', { name: n.name, count: n.replies });
}

/** "anhörig: 3 personer" */
export function roleLine(r: Participation['byRole'][number], locale: Locale): string {
  return translate(locale, 'compile.byRoleLine', {
    role: roleWord(locale, r.role),
    count: translate(locale, 'compile.people', { count: r.count }),
  });
}

/** The head of the participation section: people, answers, minutes. */
export function participationTotals(p: Participation, locale: Locale): string[] {
  return [
    translate(locale, 'compile.totalPeople', { count: p.totalPeople }),
    translate(locale, 'compile.totalReplies', { count: p.totalReplies }),
    translate(locale, 'compile.totalMinutes', { count: p.totalMinutes }),
  ];
}

/**
 * Whose minutes came in and which networks are silent, with a program
 * (without one, no network is expected). "Inga" after a colon reads as a
 * form left blank: when no network is missing, the line says so in words.
 */
export function participationNotes(c: Pick<Compilation, 'participation' | 'locale'>): string[] {
  const p = c.participation;
  const tr = (key: string, vars?: Record<string, string | number>) => translate(c.locale, key, vars);
  const names = (ids: readonly string[]) => ids.map((id) => p.byNetwork.find((n) => n.network === id)?.name ?? id).join(', ');
  const out: string[] = [];
  if (p.minutesReceived.length === 0) out.push(tr('compile.minutesNone'));
  else if (p.minutesMissing.length === 0) out.push(tr('compile.minutesAll'));
  else {
    out.push(tr('compile.minutesReceived', { networks: names(p.minutesReceived) }));
    out.push(tr('compile.minutesMissing', { networks: names(p.minutesMissing) }));
  }
  out.push(p.silentNetworks.length === 0 ? tr('compile.allReplied') : tr('compile.silent', { networks: names(p.silentNetworks) }));
  return out;
}
