import { translator } from '../i18n/translate';
import type { Network, Program, Round } from '../program/schema';
import type { Reply } from '../replies/reply';
import { ROLES, type Role } from '../replies/roles';
import { localeFor } from './bot-context';
import type { Person } from './person';

/** Slack's limit for a plain-text input; Teams has none, but one rule for both keeps replies comparable. */
export const MAX_ANSWER_LENGTH = 3000;
/** Group minutes are often long: three of Slack's boxes per question (Teams takes it in one). */
export const MAX_MINUTES_LENGTH = 3 * MAX_ANSWER_LENGTH;

/** The most a form of this kind takes per question. */
export const maxLengthOf = (kind: FormKind): number => (kind === 'minutes' ? MAX_MINUTES_LENGTH : MAX_ANSWER_LENGTH);

export type FormKind = 'answer' | 'minutes';

export interface FormField {
  /** The question id. */
  id: string;
  label: string;
  help?: string;
  kind: 'text' | 'choice';
  options: { value: string; label: string }[];
  /** What the person saved before, for editing. */
  value: string | null;
  maxLength: number;
}

/** Which form a submission belongs to; adapters carry it through the platform and back. */
export interface FormRef {
  kind: FormKind;
  program: string;
  round: number;
  network: string;
}

/** A form as the rules see it; Slack renders a modal, Teams an Adaptive Card. */
export interface FormModel {
  ref: FormRef;
  title: string;
  intro: string;
  submitLabel: string;
  closeLabel: string;
  fields: FormField[];
  /** Who the person is (answers only: minutes are the group's, and have no role). */
  role?: { label: string; placeholder: string; options: { value: Role; label: string }[]; value: Role | null };
  consent: { label: string; text: string; value: boolean };
  /** Messages per field id ('role' for the role), when the form comes back after a refused submit. */
  errors: Record<string, string>;
}

/** What a person sent: answers per question id (text or option value), role and consent. */
export interface FormSubmission {
  values: Record<string, string | null | undefined>;
  role: string | null | undefined;
  consent: boolean;
}

export function buildForm(
  program: Program,
  round: Round,
  network: Network,
  kind: FormKind,
  person: Person,
  saved: readonly Reply[],
  rememberedRole: Role | null,
): FormModel {
  const t = translator(localeFor(program, person));
  const byQuestion = new Map(saved.map((r) => [r.question, r]));
  const first = saved[0];
  return {
    ref: { kind, program: program.program.id, round: round.number, network: network.id },
    title: t(kind === 'minutes' ? 'bot.form.titleMinutes' : 'bot.form.title', { number: round.number }),
    // The limit is said up front; a longer text is refused with a word, and stays in the box.
    intro: `${t(kind === 'minutes' ? 'bot.form.introMinutes' : 'bot.form.intro', { network: network.name })} ${t(kind === 'minutes' ? 'bot.form.limitMinutes' : 'bot.form.limit', { max: maxLengthOf(kind).toLocaleString(localeFor(program, person) === 'sv' ? 'sv-SE' : 'en-GB') })}`,
    submitLabel: t('bot.form.submit'),
    closeLabel: t('bot.form.close'),
    fields: round.questions.map((q) => {
      const reply = byQuestion.get(q.id);
      return {
        id: q.id,
        label: q.text,
        help: q.help,
        kind: q.kind,
        options: (q.options ?? []).map((o) => ({ value: o, label: o })),
        value: (q.kind === 'choice' ? reply?.option : reply?.text) ?? null,
        maxLength: maxLengthOf(kind),
      };
    }),
    ...(kind === 'minutes'
      ? {}
      : {
          role: {
            label: t('bot.form.role'),
            placeholder: t('bot.form.rolePlaceholder'),
            options: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
            value: first?.role ?? rememberedRole,
          },
        }),
    // Minutes: whether the group agreed, not the leader.
    consent: { label: t('bot.form.consentLabel'), text: t(kind === 'minutes' ? 'bot.form.consentMinutes' : 'bot.form.consent'), value: first?.consent ?? false },
    errors: {},
  };
}
