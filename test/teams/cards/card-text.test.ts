import { cardText } from '../../../src/teams/cards/card-text';

const shown = (text: string) => text.replace(/\u200b/g, '');

describe('cardText', () => {
  it('leaves plain text, emoji and Swedish letters as they are', () => {
    expect(cardText('Vår träff 😀 gick bra')).toBe('Vår träff 😀 gick bra');
    expect(cardText('')).toBe('');
  });

  it('stops a Markdown link from becoming a link, and shows it as typed', () => {
    const text = cardText('se [här](http://evil.example) och [där](https://x.example/a)');
    expect(text).not.toMatch(/\]\(/);
    expect(shown(text)).toBe('se [här](http://evil.example) och [där](https://x.example/a)');
  });

  it('breaks up emphasis, templates and HTML, which still read as typed', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Adaptive Card template expression, on purpose
    const typed = '**fet** _kursiv_ ${name} {{DATE(2026-01-01)}} <b>x</b>\n- punkt\n1. ett';
    const text = cardText(typed);
    expect(text).not.toMatch(/\*\*|\$\{|\{\{/);
    // Every < comes after a zero-width space, so no tag reads as one.
    expect(text).not.toMatch(/(^|[^\u200b])</);
    expect(text).not.toMatch(/^- |^1\. /m);
    expect(shown(text)).toBe(typed);
  });

  it('escapes a very long text whole', () => {
    const long = '[a](b) '.repeat(5000);
    expect(shown(cardText(long))).toBe(long);
    expect(cardText(long)).not.toMatch(/\]\(/);
  });
});
