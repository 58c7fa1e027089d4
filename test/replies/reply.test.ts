import { hasContent, replySchema } from '../../src/replies/reply';
import { replyInput } from '../helpers/reply-input';

const T0 = '2026-11-23T09:00:00.000Z';
const stored = (over: Record<string, unknown> = {}) => ({ ...replyInput(), createdAt: T0, updatedAt: T0, history: [], ...over });

describe('replySchema', () => {
  it('takes a stored reply, with its history, and a reply whose author is unknown', () => {
    const reply = stored({ history: [{ role: 'anhorig', text: 'förr', option: null, consent: false, updatedAt: T0 }] });
    expect(replySchema.parse(reply)).toEqual(reply);
    expect(replySchema.parse(stored({ author: null })).author).toBeNull();
  });

  it('refuses what a store must never hold: round 0, an unknown role or platform, an empty id, a stray key', () => {
    for (const bad of [
      stored({ round: 0 }),
      stored({ round: 1.5 }),
      stored({ role: 'kung' }),
      stored({ author: { platform: 'discord', userId: 'x' } }),
      stored({ author: { platform: 'slack', userId: '' } }),
      stored({ id: '' }),
      stored({ kind: 'note' }),
      stored({ extra: 'nej' }),
      stored({ history: [{ role: 'anhorig', text: 'förr', option: null, consent: false }] }),
    ]) {
      expect(replySchema.safeParse(bad).success).toBe(false);
    }
  });

  it('keeps long text, markup and emoji as they are', () => {
    const text = `<script>x</script> 🧡 ${'ä'.repeat(10_000)}`;
    expect(replySchema.parse(stored({ text })).text).toBe(text);
  });
});

describe('hasContent', () => {
  it('is true for text that says something, or a chosen option', () => {
    expect(hasContent({ text: 'Avlösning', option: null })).toBe(true);
    expect(hasContent({ text: '🙂', option: null })).toBe(true);
    expect(hasContent({ text: null, option: 'Nej' })).toBe(true);
    expect(hasContent({ text: '  ', option: 'Ja' })).toBe(true);
  });

  it('is false for nothing, an empty text and white space of any kind', () => {
    expect(hasContent({ text: null, option: null })).toBe(false);
    expect(hasContent({ text: '', option: null })).toBe(false);
    expect(hasContent({ text: ' \n\t\u00a0\u3000\ufeff', option: null })).toBe(false);
  });
});
