import { textMessages } from '../../src/teams/text-messages';

const LIMIT = 28 * 1024;
const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

describe('textMessages', () => {
  it('puts short parts together in one message, header before text', () => {
    const messages = textMessages([
      { header: 'A:', text: 'ett' },
      { header: 'B:', text: 'två' },
    ]);
    expect(messages).toEqual([{ type: 'message', text: 'A:\n\nett\n\nB:\n\ntvå', textFormat: 'plain' }]);
  });

  it('splits a text too long for one activity over several, each within Teams’ limit, losing nothing', () => {
    // Three-byte characters and quotes and line breaks, which JSON escaping lengthens.
    const text = 'Vår vardag – ”tung” och\nlång. '.repeat(4000);
    const messages = textMessages([
      { header: 'Kort:', text: 'först' },
      { header: 'Långt:', text },
    ]);
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) expect(size(message)).toBeLessThan(LIMIT);
    expect(messages[0]?.text).toBe('Kort:\n\nförst');
    expect(messages.slice(1).map((m) => m.text).join('')).toBe(`Långt:\n\n${text}`);
  });
});
