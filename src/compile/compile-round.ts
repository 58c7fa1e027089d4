import { InputError } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import { localToInstant } from '../program/local-time';
import type { Program, Question, Round } from '../program/schema';
import { choiceCounts } from './choice-counts';
import { compileTextQuestion } from './compile-text-question';
import { lowerWords } from './heading-allows';
import { networkSections } from './network-sections';
import { participation } from './participation';
import { placeholderPattern, type RedactionWords, redact } from './redact';
import type { Compilation, CompiledQuestion, CompileInput, CompileReply } from './types';
import { analyse } from './vectorize';
import { VerbatimGuard } from './verbatim-guard';

export type { Compilation, CompileInput, CompileReply } from './types';

export function redactionWords(locale: Locale): RedactionWords {
  return {
    personalNumber: translate(locale, 'compile.redacted.personalNumber'),
    phone: translate(locale, 'compile.redacted.phone'),
    email: translate(locale, 'compile.redacted.email'),
    mention: translate(locale, 'compile.redacted.mention'),
    name: translate(locale, 'compile.redacted.name'),
  };
}

/** Whether the meeting has been held at `now` (ISO), on the program's wall clock; null when unknown. */
function meetingHeld(round: Round, program: Program | undefined, now: string | undefined): boolean | null {
  if (!program || !now) return null;
  const at = localToInstant(round.meeting, program.program.timezone);
  const instant = Date.parse(now);
  if (!at || Number.isNaN(instant)) return null;
  return at.toMillis() <= instant;
}

/** The round to compile: the one asked for, else the latest in the program. */
function pickRound(program: Program, round: number | undefined, locale: Locale): Round {
  if (round === undefined) {
    const latest = [...program.rounds].sort((a, b) => b.number - a.number)[0];
    if (latest) return latest;
  }
  const found = program.rounds.find((r) => r.number === round);
  if (!found) {
    const known = program.rounds.map((r) => r.number).join(', ');
    throw new InputError([
      { path: 'round', message: translate(locale, 'compile.error.unknownRound', { round: String(round), known }) },
    ]);
  }
  return found;
}

/** Questions as the program lists them, or as they first appear in the replies. */
function questionsOf(round: Round | undefined, replies: readonly CompileReply[]): Question[] {
  const listed: Question[] = round ? [...round.questions] : [];
  const known = new Set(listed.map((q) => q.id));
  for (const r of replies) {
    if (known.has(r.question)) continue;
    known.add(r.question);
    const mine = replies.filter((x) => x.question === r.question);
    const choice = mine.every((x) => (x.text ?? '').trim() === '' && x.option);
    listed.push({ id: r.question, text: r.question, kind: choice ? 'choice' : 'text' } as Question);
  }
  return listed;
}

/**
 * Compiles the replies of one round into a draft: themes with labels,
 * summaries and quotes per text question, counts per choice question, a
 * section per network and who has taken part. Pure: no clock, no I/O, no
 * randomness (the time of the compile comes in as `now`), so the same
 * replies always give the same compilation. Every
 * text that leaves it is redacted (personal numbers, phones, e-mail,
 * mentions); escaping for a target is the renderers' work.
 */
export function compileRound(input: CompileInput): Compilation {
  const { program, locale } = input;
  const round = program ? pickRound(program, input.round, locale) : undefined;
  const words = redactionWords(locale);
  const clean = (text: string) => redact(text, words);
  const replies = input.replies
    .filter((r) => !input.network || r.network === input.network)
    .map((r) => ({ ...r, text: r.text === null ? null : clean(r.text) }));
  // One reply per id: the last line wins, as an edit replaces what it edits.
  const unique = [...new Map(replies.map((r) => [`${r.question}\u0000${r.id}`, r])).values()];
  const networkTotal =
    program?.networks.filter((n) => !input.network || n.id === input.network).length ??
    new Set(unique.map((r) => r.network).filter(Boolean)).size;

  // What people did not consent to have quoted never appears verbatim; a
  // leader's minutes follow the leader's choice for the group.
  const guard = new VerbatimGuard(unique.filter((r) => r.consent !== true).map((r) => r.text ?? ''));
  // Never a heading: a network's name (any word of it), nor the placeholders redaction writes. A
  // placeholder of several words is kept out as a whole: the English "personal ID number" must not
  // keep the Swedish "personal" (staff) out of an English draft of Swedish replies.
  const names = [...(program?.networks.flatMap((n) => [n.id, n.name]) ?? []), ...unique.map((r) => r.network ?? '')];
  const placeholderWords = Object.values(words).map(lowerWords);
  const banned = new Set([...names.flatMap(lowerWords), ...placeholderWords.filter((w) => w.length === 1).flat()]);
  const bannedPhrases = placeholderWords.filter((w) => w.length > 1).map((w) => w.join(' '));
  const placeholders = placeholderPattern(words);
  const asWritten = (text: string) => (analyse(text).language === locale ? text : translate(locale, 'compile.quoted', { text }));
  const total = unique.length;
  let done = 0;
  const questions: CompiledQuestion[] = questionsOf(round, unique).map((q) => {
    const mine = unique.filter((r) => r.question === q.id);
    if (q.kind === 'choice') {
      done += mine.length;
      input.onProgress?.(done, total);
      return {
        questionId: q.id,
        text: q.text,
        kind: 'choice',
        replyCount: mine.length,
        networkTotal,
        themes: [],
        options: choiceCounts(
          mine.map((r) => r.option),
          q.options ?? [],
        ),
      };
    }
    const withText = mine.filter((r) => (r.text ?? '').trim() !== '');
    const start = done;
    const themes = compileTextQuestion({
      questionId: q.id,
      questionText: q.text ?? '',
      replies: withText,
      guided: program?.themes ?? [],
      themesLocale: program?.program.locale ?? locale,
      lexicon: input.lexicon !== false,
      networkTotal,
      banned,
      bannedPhrases,
      placeholders,
      guard,
      locale,
      words: {
        other: translate(locale, 'compile.other'),
        fallback: (n) => translate(locale, 'compile.themeFallback', { n }),
        concept: (id, language) => translate(language, `compile.concept.${id}`),
      },
      onItems: (n) => input.onProgress?.(Math.min(start + n, total), total),
    });
    done += mine.length;
    input.onProgress?.(done, total);
    return { questionId: q.id, text: q.text, kind: 'text', replyCount: mine.length, networkTotal, themes, options: [] };
  });

  return {
    locale,
    stage: 'draft',
    program: program
      ? { id: program.program.id, title: program.program.title, background: clean(program.program.background) }
      : null,
    round: round
      ? { number: round.number, title: round.title, meeting: round.meeting, held: meetingHeld(round, program, input.now) }
      : null,
    network: input.network ?? null,
    questions,
    // A plan in another language than the draft's stands in quotation marks, as written, as a synthesis quotes the replies' words.
    networks: networkSections(unique, questions, guard, program, input.network).map((n) => ({ ...n, plans: n.plans.map(asWritten) })),
    participation: participation(unique, program, input.network),
  };
}
