import { z } from 'zod';
import type { Reply } from './reply';
import { ROLES } from './roles';

/**
 * One line of the JSONL that `lnb export` writes and `lnb import` and
 * `lnb compile` read. It carries no author: exports leave the store's privacy.
 */
export const replyLineSchema = z.strictObject({
  id: z.string().min(1),
  program: z.string().min(1),
  round: z.number().int().min(1),
  network: z.string().min(1),
  question: z.string().min(1),
  role: z.enum(ROLES).default('annan'),
  kind: z.enum(['answer', 'minutes']).default('answer'),
  text: z.string().nullable().default(null),
  option: z.string().nullable().default(null),
  consent: z.boolean().default(false),
  createdAt: z.iso.datetime({ offset: true }).optional(),
});

export type ReplyLine = z.infer<typeof replyLineSchema>;

export function toReplyLine(reply: Reply): Required<ReplyLine> {
  return {
    id: reply.id,
    program: reply.program,
    round: reply.round,
    network: reply.network,
    question: reply.question,
    role: reply.role,
    kind: reply.kind,
    text: reply.text,
    option: reply.option,
    consent: reply.consent,
    createdAt: reply.createdAt,
  };
}
