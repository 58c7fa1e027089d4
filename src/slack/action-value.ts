import { z } from 'zod';
import type { ActionValue } from '../core/outgoing-message';
import { parseJsonWith } from './parse-json-with';

/** Action ids of the buttons we render; the form kind is the suffix. */
export const ACTION_IDS = { answer: 'lnb_answer', minutes: 'lnb_minutes' } as const;

const actionValueSchema = z.strictObject({
  program: z.string().min(1).max(200),
  round: z.number().int().min(1),
  network: z.string().min(1).max(200),
});

/** A button's value: what the rules put in, as JSON. */
export function encodeActionValue(value: ActionValue): string {
  return JSON.stringify({ program: value.program, round: value.round, network: value.network });
}

/** A button's value back, or undefined when it is not one we wrote (an old button, a forged payload). */
export function parseActionValue(raw: unknown): ActionValue | undefined {
  return parseJsonWith(actionValueSchema, raw);
}
