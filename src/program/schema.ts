import { z } from 'zod';
import { isLocalDateTime, isValidTimeZone, TIME_OF_DAY } from './local-time';

/**
 * The program file's schema. It is the only source of the Program type; messages
 * are not set here but by `formatIssues`, which localises every zod issue and
 * adds how to fix it. Custom checks carry `params.key` for that purpose.
 */

/** A string that must match `re`; a mismatch reports `validation.<key>`. */
const matching = (re: RegExp, key: string) =>
  z.string().superRefine((value, ctx) => {
    if (!re.test(value)) ctx.addIssue({ code: 'custom', params: { key, value } });
  });

const id = matching(/^[a-z0-9][a-z0-9_-]*$/, 'id');
const nonEmpty = z.string().trim().min(1);
const userId = nonEmpty;

const localDateTime = z.string().superRefine((value, ctx) => {
  if (!isLocalDateTime(value)) ctx.addIssue({ code: 'custom', params: { key: 'notDateTime', value } });
});
const timeOfDay = matching(TIME_OF_DAY, 'notTime');

/** "14 days before at 09:00" or an exact local time. */
const before = z.union([
  localDateTime,
  z.strictObject({ daysBefore: z.number().int().min(0).max(365), at: timeOfDay.default('09:00') }),
]);
const after = z.union([
  localDateTime,
  z.strictObject({ daysAfter: z.number().int().min(0).max(365), at: timeOfDay.default('09:00') }),
]);

export const questionSchema = z
  .strictObject({
    id,
    text: nonEmpty,
    help: nonEmpty.optional(),
    kind: z.enum(['text', 'choice']).default('text'),
    options: z.array(nonEmpty).min(2).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'choice' && !q.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], params: { key: 'choiceNeedsOptions' } });
    }
    if (q.kind === 'text' && q.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], params: { key: 'textHasOptions' } });
    }
  });

export const roundSchema = z.strictObject({
  number: z.number().int().min(1).max(99),
  title: nonEmpty,
  meeting: localDateTime,
  post: before.default({ daysBefore: 14, at: '09:00' }),
  reminders: z.array(before).default([
    { daysBefore: 7, at: '09:00' },
    { daysBefore: 1, at: '09:00' },
  ]),
  deadline: after.default({ daysAfter: 7, at: '09:00' }),
  questions: z.array(questionSchema).min(1),
});

export const networkSchema = z.strictObject({
  id,
  name: nonEmpty,
  platform: z.enum(['slack', 'teams', 'local']),
  channel: z.string().trim().optional(),
  leaders: z.array(userId).default([]),
});

export const themeSchema = z.strictObject({
  label: nonEmpty,
  hints: z.array(nonEmpty).default([]),
});

export const programSchema = z.strictObject({
  program: z.strictObject({
    id,
    title: nonEmpty,
    locale: z.enum(['sv', 'en']).default('sv'),
    timezone: z
      .string()
      .default('Europe/Stockholm')
      .superRefine((value, ctx) => {
        if (!isValidTimeZone(value)) ctx.addIssue({ code: 'custom', params: { key: 'notTimeZone', value } });
      }),
    background: z.string().default(''),
    coordinators: z.array(userId).default([]),
    /**
     * Nothing is posted between `from` and `to` local time; what falls due
     * then waits until `to`. `false` turns this off.
     */
    quietHours: z
      .union([z.literal(false), z.strictObject({ from: timeOfDay, to: timeOfDay })])
      .default({ from: '20:00', to: '08:00' }),
    /**
     * How long replies are kept: whole months after the last round's
     * deadline; then the scheduler deletes them. 0 deletes them right after it.
     */
    retention: z
      .strictObject({
        months: z.number().superRefine((value, ctx) => {
          if (!Number.isInteger(value) || value < 0 || value > 120) ctx.addIssue({ code: 'custom', params: { key: 'retentionMonths', value } });
        }),
      })
      .default({ months: 12 }),
    /**
     * Whether this program's compilations may use the language model the
     * bot is configured with (LLM_URL); `false` keeps its data off it.
     */
    languageModel: z.boolean().default(true),
  }),
  networks: z.array(networkSchema).min(1),
  themes: z.array(themeSchema).default([]),
  rounds: z.array(roundSchema).min(1),
});

export type Program = z.infer<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
export type Round = Program['rounds'][number];
export type Question = Round['questions'][number];
export type Network = Program['networks'][number];
export type Theme = Program['themes'][number];
export type RelativeBefore = Exclude<z.infer<typeof before>, string>;
