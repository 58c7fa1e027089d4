import { z } from 'zod';
import { ROLES } from './roles';

export const PLATFORMS = ['slack', 'teams', 'local'] as const;

export const authorSchema = z.strictObject({
  platform: z.enum(PLATFORMS),
  userId: z.string().min(1),
});

/** What a reply said at one moment; kept when it is edited. */
export const replyVersionSchema = z.strictObject({
  role: z.enum(ROLES),
  text: z.string().nullable(),
  option: z.string().nullable(),
  consent: z.boolean(),
  updatedAt: z.string(),
});

/**
 * A stored reply: one person's (or a leader's, for the group) answer to one
 * question of one round. `author` is stored so people can edit their own
 * replies, and is never printed in a compilation or export.
 */
export const replySchema = z.strictObject({
  id: z.string().min(1),
  program: z.string().min(1),
  round: z.number().int().min(1),
  network: z.string().min(1),
  question: z.string().min(1),
  author: authorSchema.nullable(),
  role: z.enum(ROLES),
  kind: z.enum(['answer', 'minutes']),
  text: z.string().nullable(),
  option: z.string().nullable(),
  consent: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(replyVersionSchema),
});

export type Reply = z.infer<typeof replySchema>;
export type Author = z.infer<typeof authorSchema>;
export type ReplyKind = Reply['kind'];

/** What a caller hands the store to save; the store fills in times and history. */
export type ReplyInput = Omit<Reply, 'createdAt' | 'updatedAt' | 'history'> & { createdAt?: string };

/** Whether a reply says something (text, or a chosen option). */
export function hasContent(reply: Pick<Reply, 'text' | 'option'>): boolean {
  return (reply.text !== null && reply.text.trim() !== '') || reply.option !== null;
}
