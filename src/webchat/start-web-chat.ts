import type { BotContext } from '../core/bot-context';
import type { HttpServer } from '../http/http-server';
import { loopbackOnly } from '../http/loopback-only';
import type { Locale } from '../i18n/translate';
import type { LocalPort } from '../local/local-port';
import { relayLocalDeliveries } from './channel-relay';
import { chatPage, WEBCHAT_BUNDLE_PATH } from './chat-page';
import { DIRECT_LINE_PATH, directLineRoutes } from './direct-line-routes';
import { LOCAL_CONNECTOR_PATH } from './local-bot';
import { localConnectorRoutes } from './local-connector-routes';
import { WebConversations } from './web-conversations';
import { webChatBundleRoute } from './webchat-bundle';

export interface WebChatDeps {
  ctx: BotContext;
  http: HttpServer;
  local: LocalPort;
  /** The loopback interface the server listens on. */
  host: string;
}

export interface WebChat {
  conversations: WebConversations;
  /** The page's address, once the server listens. */
  url(): string;
  stop(): void;
}

/**
 * The local trial in a browser: the page at `/`, Web Chat's bundle, a
 * Direct Line service for it and a Bot Connector for the bot's answers,
 * all on the bot's own loopback server. The bot behind it is the Teams
 * bot (started without authentication), so what a visitor sees is what
 * Teams would show; the `local` networks' channel posts are relayed in.
 */
export function startWebChat(deps: WebChatDeps): WebChat {
  const { ctx, http } = deps;
  const conversations = new WebConversations(ctx.clock);
  const host = deps.host.includes(':') ? `[${deps.host}]` : deps.host;
  const base = () => `http://${host}:${http.port}`;

  const directLine = directLineRoutes({
    conversations,
    program: () => ctx.program,
    botUrl: () => `${base()}/api/messages`,
    serviceUrl: (conversation) => `${base()}${LOCAL_CONNECTOR_PATH}/${encodeURIComponent(conversation.token)}/`,
    log: ctx.log,
  });
  http.route('POST', `${DIRECT_LINE_PATH}/*`, loopbackOnly(directLine.post));
  http.route('GET', `${DIRECT_LINE_PATH}/*`, loopbackOnly(directLine.get));
  const connector = localConnectorRoutes(conversations, ctx.log);
  http.route('POST', `${LOCAL_CONNECTOR_PATH}/*`, loopbackOnly(connector.post));
  http.route('PUT', `${LOCAL_CONNECTOR_PATH}/*`, loopbackOnly(connector.put));
  http.route('GET', WEBCHAT_BUNDLE_PATH, loopbackOnly(webChatBundleRoute()));
  http.route(
    'GET',
    '/',
    loopbackOnly((req, res) => {
      const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
      const locale: Locale = lang === 'en' || lang === 'sv' ? lang : ctx.program.program.locale;
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
        .end(chatPage(ctx.program, locale));
    }),
  );
  // The visitor stands for a member of the network chosen on the page: the one network they answer for from the chat.
  ctx.memberOf = (person) => {
    const newest = conversations.list().find((c) => c.visitor.userId === person.userId);
    return newest ? [newest.visitor.network] : [];
  };
  const stopRelay = relayLocalDeliveries(ctx, deps.local, conversations);
  return {
    conversations,
    url: () => `${base()}/`,
    stop() {
      stopRelay();
      ctx.memberOf = undefined;
    },
  };
}
