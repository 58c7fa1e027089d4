import { roleWord, themeFacts } from '../compile/render-lines';
import { type Locale, translate } from '../i18n/translate';
import type { Program } from '../program/schema';
import type { WorkbenchState } from './edited-compilation';
import type { ShapedQuestion, WorkbenchReply } from './shape-compilation';
import type { WorkbenchRole } from './workbench-access';

/** What the page's script needs, nothing more: reply text redacted, authors never. */
export interface WorkbenchView {
  locale: Locale;
  csrf: string;
  role: WorkbenchRole;
  canPublish: boolean;
  canUndo: boolean;
  version: number;
  edits: number;
  title: string;
  scope: string;
  questions: unknown[];
  reflection: string;
  channels: string[];
  strings: Record<string, string>;
}

const STRINGS = [
  'question', 'dragHint', 'themeLabel', 'rename', 'summaryLabel', 'saveSummary', 'moveUp', 'moveDown', 'mergeLabel', 'merge',
  'moveLabel', 'move', 'unplacedOption', 'newThemeOption', 'newThemeLabel', 'unplaced', 'unplacedHint', 'fresh', 'freshHint',
  'quote', 'notQuotable', 'quoteLimit', 'exclude', 'excluded', 'include', 'minutes', 'emptyTheme', 'reflection', 'saveReflection',
  'saved', 'failed', 'undone', 'nothingToUndo', 'publishDone', 'publishAlready', 'publishFailed', 'regroupConfirm', 'regroupNone',
  'version', 'reply', 'leaderNoPublish',
];

export interface ViewInput {
  state: WorkbenchState;
  replies: readonly WorkbenchReply[];
  program: Program;
  role: WorkbenchRole;
  canPublish: boolean;
  canUndo: boolean;
  csrf: string;
  locale: Locale;
  network?: string;
  channels: string[];
}

export function workbenchView(input: ViewInput): WorkbenchView {
  const { state, program, locale } = input;
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const c = state.shaped.compilation;
  const excluded = new Set(state.shaped.excluded);
  const byId = new Map(input.replies.map((r) => [r.id, r]));
  const networkName = (id: string) => program.networks.find((n) => n.id === id)?.name ?? id;
  const replyView = (id: string) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id,
        text: r.text ?? '',
        network: networkName(r.network),
        who: r.kind === 'minutes' ? t('workbench.minutes') : roleWord(locale, r.role ?? 'annan'),
        minutes: r.kind === 'minutes',
        quotable: r.consent === true,
        excluded: excluded.has(id),
      },
    ];
  };
  const questionView = (q: ShapedQuestion) => ({
    id: q.questionId,
    text: q.text ?? q.questionId,
    kind: q.kind,
    caption: q.kind === 'choice' ? t('compile.chartCaption', { count: q.options.reduce((a, o) => a + o.count, 0) }) : '',
    options: q.options,
    themes: q.themes.map((th) => ({
      id: th.id,
      label: th.label,
      summary: th.summary,
      facts: themeFacts(th, q, locale),
      quoteIds: th.quoteIds,
      replies: th.placedIds.flatMap(replyView),
    })),
    unplaced: q.unplaced.flatMap(replyView),
    fresh: q.fresh.flatMap(replyView),
  });
  const name = input.network ? networkName(input.network) : undefined;
  return {
    locale,
    csrf: input.csrf,
    role: input.role,
    canPublish: input.canPublish,
    canUndo: input.canUndo,
    version: state.version,
    edits: state.log.filter((e) => e.edit).length,
    title: t('workbench.heading', { number: c.round?.number ?? 0, title: c.round?.title ?? '' }),
    scope: name ? t('workbench.scopeNetwork', { name }) : t('workbench.scopeAll'),
    questions: state.shaped.questions.map(questionView),
    reflection: state.shaped.reflection,
    channels: input.channels,
    strings: Object.fromEntries(STRINGS.map((k) => [k, t(`workbench.${k}`)])),
  };
}
