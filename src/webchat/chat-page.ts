import { type Locale, translator } from '../i18n/translate';
import type { Program } from '../program/schema';
import { DIRECT_LINE_PATH } from './direct-line-routes';
import { PAGE_SCRIPT } from './page-script';

export const WEBCHAT_BUNDLE_PATH = '/webchat/webchat.js';

const html = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A program-file id without its platform prefix: in the local chat everyone is on one platform. */
const bare = (entry: string) => entry.replace(/^(slack|teams|local):/, '');

/** Who the selector can make the visitor: per network a participant (no one the program names) and its first leader; the first coordinator. */
export function pageIdentities(program: Program, locale: Locale) {
  const t = translator(locale);
  const coordinator = program.program.coordinators[0];
  return {
    networks: program.networks.map((n) => ({
      id: n.id,
      name: n.name,
      participant: `deltagare-${n.id}`,
      participantName: t('webchat.participantName', { network: n.name }),
      leader: n.leaders[0] ? bare(n.leaders[0]) : null,
      leaderName: t('webchat.leaderName', { network: n.name }),
    })),
    coordinator: coordinator ? bare(coordinator) : null,
    coordinatorName: t('webchat.coordinatorName'),
  };
}

/**
 * The local trial's page: what this is and how to connect a real platform
 * instead, who the visitor is (network and role), and Web Chat. Swedish or
 * English (`?lang=en`); the chat's own words follow the same choice.
 */
export function chatPage(program: Program, locale: Locale): string {
  const t = translator(locale);
  const identities = pageIdentities(program, locale);
  const config = {
    ...identities,
    domain: DIRECT_LINE_PATH,
    locale,
    webChatLocale: locale === 'sv' ? 'sv-SE' : 'en-US',
    strings: { youAre: t('webchat.youAre'), failed: t('webchat.failed'), initials: t('webchat.initials') },
  };
  // JSON inside a script element: `<` escaped so no text can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const options = (items: { value: string; label: string }[]) =>
    items.map((i) => `<option value="${html(i.value)}">${html(i.label)}</option>`).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(t('webchat.title'))}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: #f4f4f6; color: #1b1b1f; }
  header { padding: 16px 24px 8px; max-width: 980px; margin: 0 auto; }
  h1 { font-size: 1.35rem; margin: 0 0 6px; }
  header p { margin: 4px 0; line-height: 1.45; }
  code { background: #e6e6ea; padding: 0 4px; border-radius: 3px; }
  form { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 10px 0 4px; }
  label { font-weight: 600; }
  select { font: inherit; margin-left: 6px; padding: 2px 4px; }
  #lnb-who { color: #55555c; font-size: 0.92rem; }
  main { max-width: 980px; margin: 0 auto; padding: 0 24px 24px; }
  .lnb-webchat { height: calc(100vh - 230px); min-height: 520px; background: #fff; border: 1px solid #d0d0d6; border-radius: 6px; }
</style>
</head>
<body>
<header>
  <h1>${html(t('webchat.title'))} <small><a href="?lang=${other}" id="lnb-lang">${html(t('webchat.otherLanguage'))}</a></small></h1>
  <p>${html(t('webchat.intro'))}</p>
  <p>${html(t('webchat.connect', { slack: 'docs/slack.md', teams: 'docs/teams.md' })).replace(/docs\/\w+\.md/g, '<code>$&</code>')}</p>
  <form onsubmit="return false">
    <label>${html(t('webchat.network'))}<select id="lnb-network">${options(identities.networks.map((n) => ({ value: n.id, label: n.name })))}</select></label>
    <label>${html(t('webchat.role'))}<select id="lnb-role">${options([
      { value: 'participant', label: t('webchat.roles.participant') },
      { value: 'leader', label: t('webchat.roles.leader') },
      { value: 'coordinator', label: t('webchat.roles.coordinator') },
    ])}</select></label>
    <span id="lnb-who"></span>
  </form>
  <p>${html(t('webchat.hint'))}</p>
</header>
<main id="lnb-chat"></main>
<script type="application/json" id="lnb-config">${json}</script>
<script src="${WEBCHAT_BUNDLE_PATH}"></script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
