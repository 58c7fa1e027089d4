import { escapeAdaptiveCard, escapeMarkdown, escapeMrkdwn } from '../../src/compile/escape';

describe('escapeMrkdwn', () => {
  it('never lets <!channel> or a user mention act in Slack', () => {
    const out = escapeMrkdwn('Alla: <!channel> och <@U123> och <https://x.example|klick>');
    expect(out).not.toContain('<!channel>');
    expect(out).not.toMatch(/<[@!#]/);
    expect(out).toContain('&lt;!channel&gt;');
    expect(out).not.toMatch(/[<>]/);
  });

  it('escapes & first, so entities are not double-read', () => {
    expect(escapeMrkdwn('A & B <b>')).toBe('A &amp; B &lt;b&gt;');
  });

  it('keeps *bold* and `code` in a reply literal', () => {
    expect(escapeMrkdwn('*viktigt*')).not.toBe('*viktigt*');
    expect(escapeMrkdwn('*viktigt*').replace(/\u200d/g, '')).toBe('*viktigt*');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters so they show as typed', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> # f')).toBe('\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\<e\\> \\# f');
  });

  it('keeps a line from turning into a list or heading', () => {
    expect(escapeMarkdown('- punkt\n1. ett')).toBe('\\- punkt\n1\\. ett');
  });
});

describe('escapeAdaptiveCard', () => {
  it('breaks up markup, date functions and template expressions', () => {
    const out = escapeAdaptiveCard(`**fet** {{DATE(2024-01-01)}} \${secret} [länk](x)`);
    expect(out).not.toContain('**');
    expect(out).not.toContain('{{');
    expect(out).not.toContain('${');
    expect(out).not.toContain('[länk]');
    expect(out.replace(/\u200b/g, '')).toBe(`**fet** {{DATE(2024-01-01)}} \${secret} [länk](x)`);
  });

  it('leaves no "](" that would still make a link', () => {
    expect(escapeAdaptiveCard('[klicka](http://evil.example)')).not.toMatch(/\]\(/);
  });
});
