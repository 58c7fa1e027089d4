import type { Reply } from '../replies/reply';
import type { CompileReply } from './types';

/** A stored reply as the compiler takes it: what was said, by which role, where; never who. */
export function compileReplyOf(r: Reply): CompileReply {
  return {
    id: r.id,
    question: r.question,
    text: r.text,
    option: r.option,
    role: r.role,
    network: r.network,
    kind: r.kind,
    consent: r.consent,
  };
}
