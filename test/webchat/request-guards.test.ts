import type { IncomingMessage } from 'node:http';
import { request } from 'node:http';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { isSameOrigin, jsonOnly, sameOriginOnly } from '../../src/webchat/request-guards';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('isSameOrigin', () => {
  it('takes a request from no page, or from the page on this very host', () => {
    expect(isSameOrigin(req({ host: '127.0.0.1:3978' }))).toBe(true);
    expect(isSameOrigin(req({ host: '127.0.0.1:3978', origin: 'http://127.0.0.1:3978' }))).toBe(true);
    expect(isSameOrigin(req({ host: 'LOCALHOST:3978', origin: 'http://localhost:3978', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(req({ host: '127.0.0.1:3978', 'sec-fetch-site': 'none' }))).toBe(true);
  });

  it('refuses another site’s page, a file opened from disk, another port or scheme, and a cross-site fetch', () => {
    const refused: Record<string, string>[] = [
      { host: '127.0.0.1:3978', origin: 'http://evil.example' },
      { host: '127.0.0.1:3978', origin: 'null' },
      { host: '127.0.0.1:3978', origin: 'http://127.0.0.1:8080' },
      { host: '127.0.0.1:3978', origin: 'https://127.0.0.1:3978' },
      { host: '127.0.0.1:3978', 'sec-fetch-site': 'cross-site' },
      { host: '127.0.0.1:3978', 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:3978' },
    ];
    for (const headers of refused) {
      expect([headers, isSameOrigin(req(headers))]).toEqual([headers, false]);
    }
  });
});

describe('sameOriginOnly and jsonOnly on a real server', () => {
  const http = new HttpServer(createLogger('silent'));
  let port = 0;
  beforeAll(async () => {
    http.route('POST', '/guarded', (r, res) => {
      if (!sameOriginOnly(r, res) || !jsonOnly(r, res)) return;
      let body = '';
      r.on('data', (c: Buffer) => {
        body += c.toString();
      });
      r.on('end', () => res.writeHead(200).end(`ok ${body}`));
    });
    port = (await http.listen(0, '127.0.0.1')).port;
  });
  afterAll(() => http.close());

  const post = (headers: Record<string, string>, body = '{"a":1}') =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port, path: '/guarded', method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      r.on('error', reject);
      r.end(body);
    });

  it('lets the page’s own JSON through', async () => {
    expect(await post({ 'content-type': 'application/json; charset=utf-8', origin: `http://127.0.0.1:${port}` })).toEqual({ status: 200, body: 'ok {"a":1}' });
    expect((await post({ 'content-type': 'Application/JSON' })).status).toBe(200);
  });

  it('refuses another site’s page with 403 and a Direct Line error body', async () => {
    const refused = await post({ 'content-type': 'application/json', origin: 'http://evil.example' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'BadArgument', message: 'only the local trial page may call this' } });
  });

  it('refuses a body not declared JSON with 415, the kind a page may send anywhere without asking', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '']) {
      const refused = await post(type ? { 'content-type': type } : {}, 'a=1');
      expect([type, refused.status]).toEqual([type, 415]);
      expect(JSON.parse(refused.body).error.code).toBe('BadArgument');
    }
  });
});
