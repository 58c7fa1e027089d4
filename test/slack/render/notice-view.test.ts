import { loadingView, noticeView } from '../../../src/slack/render/notice-view';

describe('noticeView', () => {
  it('is a modal with one plain text and a close button, in the language asked, without submit or callback', () => {
    const view = noticeView('Omgången är stängd. <!channel> *fet*', 'sv');
    expect(view).toEqual({
      type: 'modal',
      title: { type: 'plain_text', text: 'Lärande nätverk' },
      close: { type: 'plain_text', text: 'Stäng' },
      blocks: [{ type: 'section', text: { type: 'plain_text', text: 'Omgången är stängd. <!channel> *fet*' } }],
    });
    expect(noticeView('x', 'en')).toMatchObject({ title: { text: 'Learning network' }, close: { text: 'Close' } });
  });

  it('fits a very long text to a section’s 3,000 characters', () => {
    const view = noticeView('🌱'.repeat(5000), 'en');
    const text = (view.blocks[0] as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('loadingView', () => {
  it('says the form is loading, in the person’s language', () => {
    expect(JSON.stringify(loadingView('sv'))).toContain('Hämtar formuläret');
    expect(JSON.stringify(loadingView('en'))).toContain('Loading the form');
  });
});
