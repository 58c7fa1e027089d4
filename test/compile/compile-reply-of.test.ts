import { createHash } from 'node:crypto';
import { compileReplyOf } from '../../src/compile/compile-reply-of';
import type { Reply } from '../../src/replies/reply';
import { replyInput } from '../helpers/reply-input';

const stored = (over: Partial<Reply> = {}): Reply => ({
  ...replyInput({ text: 'Avlösning 🙂 <b>när</b> det behövs.' }),
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  history: [{ role: 'anhorig', text: 'Förra versionen, med Per Andersson', option: null, consent: false, updatedAt: '2026-11-20T10:00:00.000Z' }],
  ...over,
});

describe('compileReplyOf', () => {
  it('keeps what was said, by which role and where, and nothing else', () => {
    const c = compileReplyOf(stored());
    expect(Object.keys(c).sort()).toEqual(['author', 'consent', 'id', 'kind', 'network', 'option', 'question', 'role', 'text']);
    expect(c).toMatchObject({
      id: 'r-1',
      question: 'syfte',
      text: 'Avlösning 🙂 <b>när</b> det behövs.',
      option: null,
      role: 'anhorig',
      network: 'eskilstuna',
      kind: 'answer',
      consent: true,
    });
    // No earlier version, program, round or time reaches the compiler.
    expect(JSON.stringify(c)).not.toContain('Förra versionen');
    expect(JSON.stringify(c)).not.toContain('2026-11');
  });

  it('gives the author only as a short one-way hash, never the user id', () => {
    const c = compileReplyOf(stored());
    expect(c.author).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(c)).not.toContain('U0123ABC');
    expect(c.author).toBe(createHash('sha256').update('slack\u0000U0123ABC').digest('hex').slice(0, 16));
  });

  it('gives the same person the same hash on every reply, and people on different platforms different ones', () => {
    const a = compileReplyOf(stored({ id: 'a' })).author;
    const b = compileReplyOf(stored({ id: 'b', question: 'annan', text: 'x' })).author;
    const teams = compileReplyOf(stored({ author: { platform: 'teams', userId: 'U0123ABC' } })).author;
    const other = compileReplyOf(stored({ author: { platform: 'slack', userId: 'U0123ABD' } })).author;
    expect(a).toBe(b);
    expect(new Set([a, teams, other]).size).toBe(3);
    // The separator keeps platform and id apart: no two pairs join to the same text.
    const glued = compileReplyOf(stored({ author: { platform: 'slack', userId: 'x' } })).author;
    expect(glued).not.toBe(compileReplyOf(stored({ author: { platform: 'local', userId: 'slackx' } })).author);
  });

  it('has no author for an imported reply', () => {
    const c = compileReplyOf(stored({ author: null, kind: 'minutes', consent: false, text: null, option: 'Ja' }));
    expect(c).not.toHaveProperty('author');
    expect(c).toMatchObject({ kind: 'minutes', consent: false, text: null, option: 'Ja' });
  });
});
