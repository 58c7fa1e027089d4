import type { ReplyInput } from '../../src/replies/reply';

/** A plausible reply, as a Slack modal submission would produce it. */
export function replyInput(overrides: Partial<ReplyInput> = {}): ReplyInput {
  return {
    id: 'r-1',
    program: 'anhorigstod-2027',
    round: 1,
    network: 'eskilstuna',
    question: 'syfte',
    author: { platform: 'slack', userId: 'U0123ABC' },
    role: 'anhorig',
    kind: 'answer',
    text: 'Att få avlösning när jag behöver det, inte bara när det passar schemat.',
    option: null,
    consent: true,
    ...overrides,
  };
}
