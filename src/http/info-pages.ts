import { type Locale, translate } from '../i18n/translate';
import type { HttpServer, RouteHandler } from './http-server';

/** The pages the Teams manifest links to (website, privacy, terms), at these paths on the bot's own port. */
export const INFO_PAGES = { about: '/about', privacy: '/privacy', terms: '/terms' } as const;
export type InfoPage = keyof typeof INFO_PAGES;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Paragraphs split by a blank line; a paragraph of `- ` lines is a list. */
function bodyHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => {
      const lines = para.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${escapeHtml(para)}</p>`;
    })
    .join('\n');
}

/** One page as plain HTML: no scripts, no external assets, readable on a phone. */
export function infoPageHtml(page: InfoPage, locale: Locale): string {
  const t = (key: string) => translate(locale, `teams.pages.${key}`);
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const nav = (Object.keys(INFO_PAGES) as InfoPage[])
    .map((p) => `<a href="${INFO_PAGES[p]}${locale === 'en' ? '?lang=en' : ''}">${escapeHtml(translate(locale, `teams.pages.${p}.title`))}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t(`${page}.title`))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}nav{font-size:.9rem}a{color:#2e6e65}</style></head>
<body>
<nav>${nav} · <a href="${INFO_PAGES[page]}${other === 'en' ? '?lang=en' : ''}" hreflang="${other}" lang="${other}">${escapeHtml(translate(locale, 'teams.pages.other'))}</a></nav>
<h1>${escapeHtml(t(`${page}.title`))}</h1>
${bodyHtml(t(`${page}.body`))}
</body>
</html>
`;
}

/** GET handler for one page; `?lang=en` for English, Swedish otherwise. */
export function infoPageRoute(page: InfoPage): RouteHandler {
  return (req, res) => {
    const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
    const locale: Locale = lang === 'en' ? 'en' : 'sv';
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      })
      .end(infoPageHtml(page, locale));
  };
}

/** Serves every info page on the server. */
export function routeInfoPages(http: HttpServer): void {
  for (const page of Object.keys(INFO_PAGES) as InfoPage[]) http.route('GET', INFO_PAGES[page], infoPageRoute(page));
}
