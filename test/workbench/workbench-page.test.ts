import { translate } from '../../src/i18n/translate';
import { html } from '../../src/workbench/http-helpers';
import { continuePage, refusedPage, workbenchPage } from '../../src/workbench/workbench-page';

const HOSTILE = 'Träff 1: <script>alert("x")</script> & "citat" 🙂';

describe('workbenchPage', () => {
  it('is a frame in the page’s language for the script to fill, with its controls and no reply text', () => {
    for (const locale of ['sv', 'en'] as const) {
      const page = workbenchPage(locale, 'Träff 1: Stöd');
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(page).toContain(`<html lang="${locale}">`);
      expect(page).toContain('<script src="/workbench/workbench.js" defer></script>');
      expect(page).toContain('<meta name="referrer" content="no-referrer">');
      for (const id of ['undo', 'regroup', 'publish', 'download', 'status', 'content', 'publish-dialog', 'logout-csrf']) expect(page).toContain(`id="${id}"`);
      expect(page).toContain(html(translate(locale, 'workbench.publishConfirm')));
      expect(page).toContain(`<main id="content" data-lang="${locale}"></main>`);
    }
  });

  it('links to the page in the other language, and publishes only when the script says so', () => {
    expect(workbenchPage('sv', 't')).toContain('<a href="/workbench/?lang=en" lang="en">');
    expect(workbenchPage('en', 't')).toContain('<a href="/workbench/?lang=sv" lang="sv">');
    expect(workbenchPage('sv', 't')).toMatch(/<button type="button" id="publish" hidden>/);
  });

  it('writes the title as text, never as markup', () => {
    const page = workbenchPage('sv', HOSTILE);
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;citat&quot; 🙂');
    // The only script is the workbench's own.
    expect(page.match(/<script/g)).toHaveLength(1);
  });
});

describe('refusedPage', () => {
  it.each(['invalid', 'expired', 'used', 'denied'] as const)('says why a %s link does not open the page, and how to get a new one', (reason) => {
    for (const locale of ['sv', 'en'] as const) {
      const page = refusedPage(locale, reason);
      expect(page).toContain(`<html lang="${locale}">`);
      expect(page).toContain(html(translate(locale, `workbench.link.${reason}`)));
      expect(page).toContain(html(translate(locale, 'workbench.link.title')));
      expect(page).not.toContain('<script');
    }
  });

  it('heads a signed-out or logged-out page with that, and no reason', () => {
    for (const reason of ['signedOut', 'loggedOut'] as const) {
      const page = refusedPage('en', reason);
      expect(page).toContain(`<h1>${html(translate('en', `workbench.link.${reason}`))}</h1>`);
      expect(page).not.toContain(html(translate('en', 'workbench.link.expired')));
    }
  });
});

describe('continuePage', () => {
  it('moves on to the workbench from the bot’s own page, with a link for a browser that does not', () => {
    const page = continuePage('sv');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/workbench/">');
    expect(page).toContain('<a href="/workbench/">');
    expect(page).not.toContain('/workbench/open/');
    expect(page).not.toContain('<script');
  });
});
