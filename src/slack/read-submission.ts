import { findRoundAndNetwork } from '../core/find-round';
import type { FormRef, FormSubmission } from '../core/form-model';
import { joinParts } from '../core/text-parts';
import type { Program } from '../program/schema';
import { LIMITS } from './render/block-kit-limits';
import {
  CONSENT_BLOCK_ID,
  CONSENT_VALUE,
  continuedBlockId,
  optionValue,
  questionBlockId,
  ROLE_BLOCK_ID,
  VALUE_ACTION_ID,
} from './render/modal-view';

type StateValues = Record<string, Record<string, unknown> | undefined> | undefined;

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The element state of one block, or undefined; a hostile payload may have anything here. */
function stateOf(values: StateValues, blockId: string): Record<string, unknown> | undefined {
  return asRecord(asRecord(asRecord(values)?.[blockId])?.[VALUE_ACTION_ID]);
}

const selectedValue = (state: Record<string, unknown> | undefined): string | undefined => {
  const value = asRecord(state?.selected_option)?.value;
  return typeof value === 'string' ? value : undefined;
};

/**
 * A modal's `view.state.values` as the rules read a submission. Choice
 * options come back as their position and are turned into the option's
 * text; anything unexpected is passed on as it is, for `submitForm` to
 * refuse with a message on the field.
 */
export function readSubmission(program: Program, ref: FormRef, values: unknown): FormSubmission {
  const state = asRecord(values) as StateValues;
  const questions = findRoundAndNetwork(program, ref)?.round.questions ?? [];
  const answers: Record<string, string | null> = {};
  for (const q of questions) {
    const element = stateOf(state, questionBlockId(q.id));
    if (q.kind === 'choice') {
      const chosen = selectedValue(element);
      const index = (q.options ?? []).findIndex((_, i) => optionValue(i) === chosen);
      answers[q.id] = chosen === undefined ? null : index >= 0 ? (q.options?.[index] ?? null) : chosen;
    } else {
      // The question's box and any boxes it goes on in (group minutes), as one text.
      const boxes = [element];
      for (let part = 2; part <= LIMITS.modalBlocks && stateOf(state, continuedBlockId(q.id, part)); part++) boxes.push(stateOf(state, continuedBlockId(q.id, part)));
      answers[q.id] = joinParts(boxes.map((b) => (typeof b?.value === 'string' ? b.value : null)));
    }
  }
  const selected = stateOf(state, CONSENT_BLOCK_ID)?.selected_options;
  const consent = Array.isArray(selected) && selected.some((o) => asRecord(o)?.value === CONSENT_VALUE);
  return { values: answers, role: selectedValue(stateOf(state, ROLE_BLOCK_ID)) ?? null, consent };
}

/** The rules' errors (by field id, 'role' for the role) as the block ids `response_action: 'errors'` needs. */
export function slackErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field === 'role' ? ROLE_BLOCK_ID : questionBlockId(field), message]),
  );
}
