import { createHash } from 'node:crypto';
import type { Reply } from '../replies/reply';
import type { CompileReply } from './types';

/**
 * A stored reply as the compiler takes it: what was said, by which role,
 * where; never who. The author comes as a one-way hash, only so that
 * participation can count people rather than answers.
 */
export function compileReplyOf(r: Reply): CompileReply {
  return {
    id: r.id,
    ...(r.author
      ? { author: createHash('sha256').update(`${r.author.platform}\u0000${r.author.userId}`).digest('hex').slice(0, 16) }
      : {}),
    question: r.question,
    text: r.text,
    option: r.option,
    role: r.role,
    network: r.network,
    kind: r.kind,
    consent: r.consent,
  };
}
