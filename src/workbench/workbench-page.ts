import { type Locale, translator } from '../i18n/translate';
import { html } from './http-helpers';

const head = (locale: Locale, title: string, extra = '') => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${html(title)}</title>
<link rel="stylesheet" href="/workbench/workbench.css">
${extra}</head>`;

/**
 * The workbench's page: a frame the script fills from /workbench/state. No
 * reply text is in it (nor in any address); the script sets every text as
 * text, never as markup.
 */
export function workbenchPage(locale: Locale, title: string): string {
  const t = translator(locale);
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return `${head(locale, title, '<script src="/workbench/workbench.js" defer></script>\n')}
<body>
<a class="skip" href="#content">${html(locale === 'sv' ? 'Till innehållet' : 'Skip to content')}</a>
<header>
  <h1 id="title">${html(title)}</h1>
  <p id="scope"></p>
  <p>${html(t('workbench.intro'))}</p>
  <nav aria-label="${html(title)}">
    <a href="/workbench/docx" id="download" download>${html(t('workbench.download'))}</a>
    <button type="button" id="undo">${html(t('workbench.undo'))}</button>
    <button type="button" id="regroup">${html(t('workbench.regroup'))}</button>
    <button type="button" id="publish" hidden>${html(t('workbench.publish'))}</button>
    <a href="/workbench/?lang=${other}" lang="${other}">${html(t('workbench.language'))}</a>
    <form method="post" action="/workbench/logout" id="logout-form"><input type="hidden" name="csrf" id="logout-csrf"><button type="submit">${html(t('workbench.logout'))}</button></form>
  </nav>
  <p id="status" role="status" aria-live="polite">${html(t('workbench.loading'))}</p>
</header>
<main id="content" data-lang="${locale}"></main>
<dialog id="publish-dialog" aria-labelledby="publish-title">
  <h2 id="publish-title">${html(t('workbench.publish'))}</h2>
  <p>${html(t('workbench.publishConfirm'))}</p>
  <ul id="publish-channels"></ul>
  <p class="actions"><button type="button" id="publish-yes">${html(t('workbench.publishYes'))}</button> <button type="button" id="publish-no">${html(t('workbench.cancel'))}</button></p>
</dialog>
</body>
</html>
`;
}

/** A link that cannot open the workbench: why, and how to get a new one. */
export function refusedPage(locale: Locale, reason: 'invalid' | 'expired' | 'used' | 'denied' | 'signedOut' | 'loggedOut'): string {
  const t = translator(locale);
  const title = reason === 'signedOut' || reason === 'loggedOut' ? t(`workbench.link.${reason}`) : t('workbench.link.title');
  const why = reason === 'signedOut' || reason === 'loggedOut' ? '' : `<p>${html(t(`workbench.link.${reason}`))}</p>`;
  return `${head(locale, title)}
<body>
<main class="notice">
  <h1>${html(title)}</h1>
  ${why}
  <p>${html(t('workbench.link.newLink'))}</p>
</main>
</body>
</html>
`;
}

/**
 * After a link is exchanged: on to the page, from the bot's own page, so the
 * SameSite=Strict cookie goes with it (a redirect straight from a chat
 * client's link would count as coming from another site) and the token is
 * out of the address bar.
 */
export function continuePage(locale: Locale): string {
  const t = translator(locale);
  return `${head(locale, t('workbench.link.continue'), '<meta http-equiv="refresh" content="0; url=/workbench/">\n')}
<body>
<main class="notice"><p><a href="/workbench/">${html(t('workbench.link.continue'))}</a></p></main>
</body>
</html>
`;
}
