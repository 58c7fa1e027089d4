import { z } from 'zod';
import type { FormRef, FormSubmission } from '../core/form-model';
import { CONSENT_INPUT, KEPT_DATA, QUESTION_PREFIX, ROLE_INPUT } from './cards/form-card';

/**
 * What a button sends back. Anyone can post any value through a card (or a
 * forged activity), so it is checked: an unknown shape is ignored rather
 * than trusted. Round may come back as a string from some clients.
 */
const refSchema = z.object({
  kind: z.enum(['answer', 'minutes']),
  program: z.string().min(1).max(200),
  round: z.coerce.number().int().positive(),
  network: z.string().min(1).max(200),
});

export function formRefOf(value: unknown): FormRef | undefined {
  const parsed = refSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The inputs of a submitted form card, as the rules take them. */
export function submissionOf(value: Record<string, unknown>): FormSubmission {
  const values: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith(QUESTION_PREFIX) && typeof v === 'string') values[key.slice(QUESTION_PREFIX.length)] = v;
  }
  const role = value[ROLE_INPUT];
  const consent = value[CONSENT_INPUT];
  return {
    values,
    role: typeof role === 'string' && role !== '' ? role : null,
    consent: consent === true || consent === 'true',
  };
}

const keptSchema = z.array(z.string().min(1).max(200)).max(200);

/**
 * The questions whose saved answer the form card left out for size (see
 * fitFormCard): an empty box there means "keep what is saved". Only ever
 * about the sender's own replies, so a made-up list can do no harm.
 */
export function keptOf(value: Record<string, unknown>): string[] {
  const parsed = keptSchema.safeParse(value[KEPT_DATA]);
  return parsed.success ? parsed.data : [];
}
