import { request } from 'node:http';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { DIRECT_LINE_PATH } from '../../src/webchat/direct-line-routes';
import { startWebChat } from '../../src/webchat/start-web-chat';
import { openTestContext } from '../helpers/bot-context';
import { startWebChatServer, type WebChatServer } from './helpers/web-chat-server';

describe('startWebChat', () => {
  let s: WebChatServer;
  beforeAll(async () => {
    s = await startWebChatServer();
  });
  afterAll(() => s.close());

  it('serves the page at / in the program’s language, or the one asked for, never cached', async () => {
    const sv = await fetch(`${s.base}/`);
    expect(sv.status).toBe(200);
    expect(sv.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(sv.headers.get('cache-control')).toBe('no-store');
    expect(sv.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await sv.text()).toContain('<html lang="sv"');
    expect(await (await fetch(`${s.base}/?lang=en`)).text()).toContain('<html lang="en"');
    expect(await (await fetch(`${s.base}/?lang=fr`)).text()).toContain('<html lang="sv"');
  });

  it('serves Web Chat’s bundle and the Direct Line service beside the page', async () => {
    const bundle = await fetch(`${s.base}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    await bundle.arrayBuffer();
    const { token, conversationId } = await s.session('deltagare-eskilstuna', 'eskilstuna');
    expect(token).toBeTruthy();
    expect(s.chat.conversations.get(conversationId)?.visitor).toMatchObject({ userId: 'deltagare-eskilstuna', network: 'eskilstuna' });
  });

  it('answers only requests that name this machine: a page rebinding its own name to 127.0.0.1 is refused', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(s.base);
      const r = request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      r.on('error', reject);
      r.end();
    });
    expect(status).toBe(403);
  });

  it('makes the visitor of the newest open conversation a member of the network chosen on the page', async () => {
    expect(s.t.ctx.memberOf?.({ platform: 'local', userId: 'besokare' })).toEqual([]);
    const first = await s.session('besokare', 'eskilstuna');
    const open = (token: string) => fetch(`${s.base}${DIRECT_LINE_PATH}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await open(first.token)).status).toBe(201);
    expect(s.t.ctx.memberOf?.({ platform: 'local', userId: 'besokare' })).toEqual(['eskilstuna']);
    const second = await s.session('besokare', 'katrineholm');
    expect((await open(second.token)).status).toBe(201);
    expect(s.t.ctx.memberOf?.({ platform: 'local', userId: 'besokare' })).toEqual(['katrineholm']);
  });

  it('gives its address once listening, with an IPv6 host in brackets, and forgets the members when stopped', async () => {
    expect(s.chat.url()).toBe(`${s.base}/`);
    const t = await openTestContext();
    const http = new HttpServer(createLogger('silent'));
    try {
      const chat = startWebChat({ ctx: t.ctx, http, local: t.local, host: '::1' });
      expect(chat.url()).toBe('http://[::1]:0/');
      expect(t.ctx.memberOf).toBeDefined();
      chat.stop();
      expect(t.ctx.memberOf).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
