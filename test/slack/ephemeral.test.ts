import type { OutgoingMessage } from '../../src/core/outgoing-message';
import { ephemeralMessage, ephemeralText } from '../../src/slack/ephemeral';

describe('ephemeralText', () => {
  it('is a private answer that leaves the original alone', () => {
    expect(ephemeralText('Klart 🌱')).toEqual({ response_type: 'ephemeral', replace_original: false, text: 'Klart 🌱' });
  });

  it('escapes what the person typed so it cannot ping, link or format', () => {
    const { text } = ephemeralText('Inget nätverk heter <!channel> & *fet* <https://evil.example|klicka>');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://');
    expect(text).toContain('&lt;!channel&gt; &amp; ');
    expect(text.replace(/\u200d/g, '')).toContain('*fet*');
    expect(text).not.toMatch(/(^|[^\u200d])\*fet/);
  });

  it('keeps an empty text empty', () => {
    expect(ephemeralText('').text).toBe('');
  });
});

describe('ephemeralMessage', () => {
  it('renders the rules’ message to blocks, privately, with the fallback as its text', () => {
    const message: OutgoingMessage = {
      fallback: 'Status <@U0COORD>',
      blocks: [
        { type: 'heading', text: 'Status' },
        { type: 'list', items: ['Eskilstuna: kopplad', 'Katrineholm: <!here>'] },
      ],
      actions: [],
    };
    const response = ephemeralMessage(message, 'sv');
    expect(response.response_type).toBe('ephemeral');
    expect(response.replace_original).toBe(false);
    expect(response.text).toBe('Status &lt;@U0COORD&gt;');
    expect(response.blocks?.map((b) => b.type)).toEqual(['header', 'section']);
    expect(JSON.stringify(response.blocks)).toContain('Katrineholm: &lt;!here&gt;');
  });
});
