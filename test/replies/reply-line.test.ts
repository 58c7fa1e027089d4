import type { Reply } from '../../src/replies/reply';
import { replyLineSchema, toReplyLine } from '../../src/replies/reply-line';

const line = { id: 'r1', program: 'p', round: 1, network: 'eskilstuna', question: 'q1' };

describe('replyLineSchema', () => {
  it('fills the defaults of an imported line: a role of "annan", an answer, no text, no consent', () => {
    expect(replyLineSchema.parse(line)).toEqual({ ...line, role: 'annan', kind: 'answer', text: null, option: null, consent: false });
  });

  it('refuses an author, an unknown field, a round below 1 and a time without an offset', () => {
    expect(replyLineSchema.safeParse({ ...line, author: { platform: 'slack', userId: 'U1' } }).success).toBe(false);
    expect(replyLineSchema.safeParse({ ...line, round: 0 }).success).toBe(false);
    expect(replyLineSchema.safeParse({ ...line, role: 'okänd' }).success).toBe(false);
    expect(replyLineSchema.safeParse({ ...line, createdAt: '2026-10-26T13:00' }).success).toBe(false);
    expect(replyLineSchema.safeParse({ ...line, createdAt: '2026-10-26T13:00:00+01:00' }).success).toBe(true);
  });
});

describe('toReplyLine', () => {
  it('leaves out the author and the history, and reads back through the schema as it was', () => {
    const reply: Reply = {
      ...line,
      author: { platform: 'slack', userId: 'U0ANNA' },
      role: 'anhorig',
      kind: 'answer',
      text: 'Stödet hjälpte.',
      option: null,
      consent: true,
      createdAt: '2026-10-26T12:00:00.000Z',
      updatedAt: '2026-10-27T12:00:00.000Z',
      history: [{ role: 'anhorig', text: 'Först', option: null, consent: false, updatedAt: '2026-10-26T12:00:00.000Z' }],
    };
    const out = toReplyLine(reply);
    expect(JSON.stringify(out)).not.toMatch(/U0ANNA|Först/);
    expect(replyLineSchema.parse(out)).toEqual(out);
  });
});
