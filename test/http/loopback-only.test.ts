import { request } from 'node:http';
import { HttpServer, sendJson } from '../../src/http/http-server';
import { isLoopbackAddress, isLoopbackHost, loopbackOnly } from '../../src/http/loopback-only';
import { createLogger } from '../../src/logger';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('takes %s as this machine', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([undefined, '', '10.0.0.1', '192.168.1.127', '::ffff:10.0.0.1', '::2', '0.0.0.0', '::', '1127.0.0.1', 'fe80::1'])('refuses %p', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1:3978', '127.0.0.1', 'localhost', 'LocalHost:80', '[::1]:3978', '[::1]', '127.10.0.1:1'])('takes %s as this machine', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'evil.example:3978',
    // A rebinding page names its own site; one that ends in or starts with a loopback name is still another site.
    'localhost.evil.example',
    'evil.localhost.example',
    '127.0.0.1.nip.io',
    '127.0.0.1.evil.example:3978',
    '0.0.0.0:3978',
    '[::2]:3978',
    '127.0.0:3978',
  ])('refuses %p', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('loopbackOnly', () => {
  let http: HttpServer;
  let served: number;
  beforeAll(async () => {
    http = new HttpServer(createLogger('silent'));
    served = 0;
    http.route(
      'GET',
      '/local',
      loopbackOnly((_req, res) => {
        served += 1;
        sendJson(res, 200, { ok: true });
      }),
    );
    await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.close();
  });

  /** A GET with the Host header as given (fetch would not send a foreign one). */
  const get = (host: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: http.port, path: '/local', headers: { host } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('lets a request from this machine naming this machine through', async () => {
    const before = served;
    expect(await get(`127.0.0.1:${http.port}`)).toEqual({ status: 200, body: '{"ok":true}' });
    expect((await get(`localhost:${http.port}`)).status).toBe(200);
    expect(served).toBe(before + 2);
  });

  it('refuses with 403 a request whose Host names another site, without running the handler', async () => {
    const before = served;
    const refused = await get(`rebound.evil.example:${http.port}`);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error).toMatch(/this machine only/);
    expect(served).toBe(before);
  });
});
