import { HttpServer } from '../../../src/http/http-server';
import { createLogger } from '../../../src/logger';
import { DIRECT_LINE_PATH } from '../../../src/webchat/direct-line-routes';
import { startWebChat, type WebChat } from '../../../src/webchat/start-web-chat';
import { openTestContext, type TestContext } from '../../helpers/bot-context';

export interface WebChatServer {
  t: TestContext;
  http: HttpServer;
  chat: WebChat;
  base: string;
  /** A token and conversation for a visitor, as the page asks for them. */
  session(user: string, network: string, locale?: string): Promise<{ token: string; conversationId: string }>;
  close(): Promise<void>;
}

/** The local chat alone (no bot behind /api/messages) on a loopback port, over the example program. */
export async function startWebChatServer(): Promise<WebChatServer> {
  const t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  const http = new HttpServer(createLogger('silent'));
  const chat = startWebChat({ ctx: t.ctx, http, local: t.local, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(await http.listen(0, '127.0.0.1')).port}`;
  return {
    t,
    http,
    chat,
    base,
    async session(user, network, locale = 'sv') {
      const res = await fetch(`${base}${DIRECT_LINE_PATH}/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: user, name: user }, network, locale }),
      });
      if (res.status !== 200) throw new Error(`tokens/generate answered ${res.status}`);
      return (await res.json()) as { token: string; conversationId: string };
    },
    async close() {
      chat.stop();
      await http.close();
      await t.close();
    },
  };
}
