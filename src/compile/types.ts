import type { Locale } from '../i18n/translate';
import type { Program, Theme } from '../program/schema';
import type { VerbatimGuard } from './verbatim-guard';

/**
 * The least a reply must carry to be compiled. It fits both a stored reply
 * and a line of a benchmark file that has only {id, question, text}.
 */
export interface CompileReply {
  id: string;
  /**
   * Who wrote it, as an opaque key (never printed): participation counts
   * people, not replies. Absent for imported replies.
   */
  author?: string;
  question: string;
  text: string | null;
  option?: string | null;
  role?: string;
  network?: string;
  kind?: 'answer' | 'minutes';
  consent?: boolean;
}

export interface CompileInput {
  program?: Program;
  round?: number;
  network?: string;
  replies: CompileReply[];
  locale: Locale;
  /**
   * Whether the domain concept lexicon shapes grouping and headings (default
   * true). Off, the compiler knows only the round's own words: used to check
   * that the method holds without the lexicon.
   */
  lexicon?: boolean;
  /** When the compile is made (ISO 8601), so the draft can say whether the meeting was held. */
  now?: string;
  /** Called as work proceeds, so a caller can draw a progress bar; never required. */
  onProgress?: (done: number, total: number) => void;
}

export interface Quote {
  replyId: string;
  text: string;
  /** The author's role; null for the group's minutes (attributed to the group). */
  role: string | null;
  /** From the leader's notes for the group, not one person's answer. */
  minutes?: boolean;
}

/** A piece of a long reply that went to a theme of its own. */
export interface ReplyPart {
  replyId: string;
  part: number;
  text: string;
  /** Whether the reply's author agreed to be quoted: only then is the text shown. */
  quotable?: boolean;
  /** The group's minutes (else one person's long answer, attributed by `role`). */
  minutes?: boolean;
  role?: string | null;
}

export interface CompiledTheme {
  id: string;
  label: string;
  keywords: string[];
  /** The replies filed under this theme: each reply of the question is in exactly one theme. */
  replyIds: string[];
  /**
   * Every reply with text in the theme, counting a long reply whose part
   * went here though most of it went elsewhere: what "N svar" says.
   */
  replyCount: number;
  /** How many of those are group minutes (the rest are answers, whose roles `roles` lists). */
  minutes: number;
  /** Only for long replies split into parts: which part went here. */
  parts: ReplyPart[];
  summary: string;
  quotes: Quote[];
  networks: string[];
  roles: string[];
  /** Whether the theme came from the program's expected themes. */
  guided: boolean;
  /** The catch-all group for replies that fit no theme. */
  other: boolean;
  /** Which parts a language model wrote (checked against the replies); absent when it wrote none. */
  model?: { heading: boolean; summary: boolean; quotes: boolean };
}

export interface OptionCount {
  label: string;
  count: number;
  percent: number;
}

export interface CompiledQuestion {
  questionId: string;
  text: string | null;
  kind: 'text' | 'choice';
  replyCount: number;
  /** How many networks are counted when a theme says "4 of 7 networks". */
  networkTotal: number;
  themes: CompiledTheme[];
  options: OptionCount[];
}

export interface NetworkSection {
  id: string;
  name: string;
  replies: number;
  /** One line per text question: the themes this network's replies went to. */
  raised: { questionId: string; themes: string[] }[];
  /** Sentences from this network's replies that speak of plans ahead. */
  plans: string[];
}

export interface Participation {
  /** Answers (not minutes) in all. */
  totalReplies: number;
  /** People who answered: distinct authors (an imported answer without one counts once). */
  totalPeople: number;
  /** The leaders' minutes: one per network and question documented. */
  totalMinutes: number;
  /** Per network: people who answered, their answers, and the minutes, kept apart. */
  byNetwork: { network: string; name: string; people: number; replies: number; minutes: number }[];
  /** Per role: people. */
  byRole: { role: string; count: number }[];
  minutesReceived: string[];
  minutesMissing: string[];
  silentNetworks: string[];
}

export type CompilationStage = 'draft' | 'edited' | 'published';

export interface Compilation {
  locale: Locale;
  /**
   * `draft`: the machine's, as compiled; `edited`: shaped on the workbench;
   * `published`: the version sent to the networks. Titles say which.
   */
  stage: CompilationStage;
  program: { id: string; title: string; background: string } | null;
  /** `held`: whether the meeting had taken place when compiled (null: not known). */
  round: { number: number; title: string; meeting: string; held: boolean | null } | null;
  network: string | null;
  questions: CompiledQuestion[];
  networks: NetworkSection[];
  participation: Participation;
  /** Present when a language model was asked: what it wrote and where the offline text stayed. */
  model?: ModelReport;
  /** The coordinator's Reflektion, written on the workbench; absent in the machine's draft. */
  reflection?: string;
}

/** What the language model step did (issue 18): counts and reasons only, never text. */
export interface ModelReport {
  /** The model's name as configured (for Azure OpenAI the deployment). */
  name: string;
  /** Themes it was asked about. */
  asked: number;
  /** Themes whose text it wrote. */
  written: number;
  /** Themes that kept the offline text, and why (a timeout, a rejected answer …). */
  fallbacks: { themeId: string; reason: string }[];
  tokens: { prompt: number; completion: number };
}

/** What compileTextQuestion needs of one text question. */
export interface TextQuestionInput {
  questionId: string;
  /** What was asked: its words are not a theme's heading. */
  questionText: string;
  /** Replies to this question with text, already redacted. */
  replies: readonly CompileReply[];
  guided: readonly Theme[];
  /** The language the coordinator wrote `guided` in (the program's). */
  themesLocale: Locale;
  /** Whether the domain concept lexicon is used (features and headings). */
  lexicon: boolean;
  /** How many networks a theme's reach is counted against (0: unknown). */
  networkTotal: number;
  /** Words (lower case) a heading must never hold: the networks' names, one-word redaction placeholders. */
  banned: ReadonlySet<string>;
  /** Runs of words (lower case, one space apart) a heading must never hold: placeholders of several words. */
  bannedPhrases: readonly string[];
  /** The placeholders redaction writes ("[personnummer]"): not words of a reply. */
  placeholders: RegExp;
  /** Everything the authors did not consent to have quoted. */
  guard: VerbatimGuard;
  locale: Locale;
  /** `concept`: a lexicon concept's heading in a language (the draft's, or the replies' own to compare with their phrases). */
  words: { other: string; fallback: (n: number) => string; concept: (id: string, language: Locale) => string };
  onItems?: (done: number) => void;
}
