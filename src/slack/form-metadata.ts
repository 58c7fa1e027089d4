import { z } from 'zod';
import type { FormRef } from '../core/form-model';
import type { Locale } from '../i18n/translate';
import { parseJsonWith } from './parse-json-with';

/**
 * What a modal carries in `private_metadata` from open to submit: the form,
 * who it was opened for, where (for the confirmation) and in which language.
 */
export interface FormMetadata {
  ref: FormRef;
  user: string;
  channel?: string;
  locale?: Locale;
}

const schema = z.strictObject({
  ref: z.strictObject({
    kind: z.enum(['answer', 'minutes']),
    program: z.string().min(1),
    round: z.number().int().min(1),
    network: z.string().min(1),
  }),
  user: z.string().min(1),
  channel: z.string().min(1).optional(),
  locale: z.enum(['sv', 'en']).optional(),
});

export function encodeFormMetadata(meta: FormMetadata): string {
  return JSON.stringify(meta);
}

/** The metadata back, or undefined when the view is not one we opened. */
export function parseFormMetadata(raw: unknown): FormMetadata | undefined {
  return parseJsonWith(schema, raw);
}
