import type { OutgoingMessage } from '../../../src/core/outgoing-message';
import { renderMessage, renderMessageParts } from '../../../src/slack/render/message-blocks';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string | { text: string } }[] };

function textsOf(block: Block): string[] {
  return [block.text?.text, ...(block.fields ?? []).map((f) => f.text), ...(block.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : ''))].filter(
    (t): t is string => typeof t === 'string',
  );
}

describe('renderMessage within Block Kit limits', () => {
  it('keeps a huge message within 50 blocks and the text limits, says the rest is in the file, and keeps the buttons', () => {
    const message: OutgoingMessage = {
      fallback: 'x'.repeat(5000),
      blocks: Array.from({ length: 80 }, (_, i) =>
        i % 2 === 0 ? { type: 'heading' as const, text: `Fråga ${i} ${'lång '.repeat(60)}` } : { type: 'list' as const, items: Array.from({ length: 30 }, () => '<&>'.repeat(400)) },
      ),
      actions: [{ id: 'answer', label: 'Svara'.repeat(30), value: { program: 'p', round: 1, network: 'n' }, primary: true }],
    };
    const rendered = renderMessage(message, 'sv');
    const blocks = rendered.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(rendered.text.length).toBeLessThanOrEqual(3000);
    for (const b of blocks) {
      if (b.type === 'header') expect(b.text?.text.length).toBeLessThanOrEqual(150);
      for (const t of textsOf(b)) expect(t.length).toBeLessThanOrEqual(3000);
    }
    expect(blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(blocks.at(-2))).toContain('Allt finns i Word-filen');
    // An escaped entity is never cut in half.
    for (const b of blocks) for (const t of textsOf(b)) expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(JSON.stringify(rendered.blocks).length).toBeLessThan(20_000);
  });

  it('renders a short message whole, with no note', () => {
    const rendered = renderMessage({ fallback: 'Hej', blocks: [{ type: 'fields', fields: [{ label: 'Träff', value: 'torsdag' }] }], actions: [] }, 'en');
    expect(rendered.blocks).toEqual([{ type: 'section', fields: [{ type: 'mrkdwn', text: '*Träff*\ntorsdag' }] }]);
  });

  it("shows a link block as Slack's own link, the address kept whole and the label escaped", () => {
    const message: OutgoingMessage = {
      fallback: 'f',
      blocks: [{ type: 'link', label: 'Word-filen *nu* <!here>', url: 'https://bot.example/files/a_b_c?x=1&y=2|z' }],
      actions: [],
    };
    const [block] = renderMessage(message, 'sv').blocks as Block[];
    const text = block?.text?.text ?? '';
    expect(text.startsWith('<https://bot.example/files/a_b_c?x=1&amp;y=2%7Cz|')).toBe(true);
    expect(text).not.toContain('<!here>');
    expect(text.replace(/\u200d/g, '')).toContain('*nu*');
  });
});

describe('renderMessageParts', () => {
  const action = { id: 'answer' as const, label: 'Svara', value: { program: 'p', round: 1, network: 'n' }, primary: true };

  it('gives a post that fits as one part, exactly as renderMessage does', () => {
    const message: OutgoingMessage = { fallback: 'Träff 1', blocks: [{ type: 'heading', text: 'Träff 1' }, { type: 'text', text: '<!channel> hej 🌱' }], actions: [action] };
    expect(renderMessageParts(message, 'sv')).toEqual([renderMessage(message, 'sv')]);
  });

  it('splits a long post whole over parts within the limits, each with the buttons and its part note, no heading left last', () => {
    const blocks: OutgoingMessage['blocks'] = [];
    for (let i = 0; i < 40; i++) blocks.push({ type: 'heading', text: `Fråga ${i}` }, { type: 'text', text: `${'lång text '.repeat(150)}${i}` });
    const message: OutgoingMessage = { fallback: 'Träff 1', blocks, actions: [action] };
    const parts = renderMessageParts(message, 'en');
    expect(parts.length).toBeGreaterThan(1);
    const content: string[] = [];
    parts.forEach((part, i) => {
      const types = part.blocks.map((b) => b.type);
      expect(part.blocks.length).toBeLessThanOrEqual(50);
      expect(JSON.stringify(part.blocks).length).toBeLessThan(14_000);
      expect(types.at(-1)).toBe('actions');
      expect(types.at(-2)).toBe('context');
      expect(types.at(-3)).not.toBe('header');
      expect(JSON.stringify(part.blocks.at(-2))).toContain(`${i + 1}`);
      expect(JSON.stringify(part.blocks.at(-2))).toContain(`${parts.length}`);
      expect(part.text.startsWith('Träff 1')).toBe(true);
      for (const b of part.blocks.slice(0, -2)) content.push(JSON.stringify(b));
    });
    // Nothing left out, nothing twice: every heading and text once, in order.
    expect(content).toHaveLength(80);
    expect(content.filter((c) => c.includes('Fråga 39'))).toHaveLength(1);
    expect(content.findIndex((c) => c.includes('"Fråga 0"'))).toBe(0);
  });

  it('gives one empty part for a post with no blocks', () => {
    expect(renderMessageParts({ fallback: 'x', blocks: [], actions: [] }, 'sv')).toEqual([{ text: 'x', blocks: [] }]);
  });
});
