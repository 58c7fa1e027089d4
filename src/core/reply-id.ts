import { createHash } from 'node:crypto';
import type { Person } from './person';

/**
 * The id of one person's answer to one question. It is derived, so opening
 * the form again finds the same reply and a re-sent submit overwrites rather
 * than duplicates; and it is a hash, so ids in an export or a compilation
 * never carry a platform user id.
 */
export function answerId(program: string, round: number, network: string, question: string, person: Person): string {
  const digest = createHash('sha256')
    .update([program, round, network, question, person.platform, person.userId].join('\u0000'))
    .digest('hex');
  return `a-${digest.slice(0, 20)}`;
}

/** A network's group minutes for one question: one per network, so every leader edits the same text. */
export function minutesId(program: string, round: number, network: string, question: string): string {
  const digest = createHash('sha256').update([program, round, network, question, 'minutes'].join('\u0000')).digest('hex');
  return `m-${digest.slice(0, 20)}`;
}
