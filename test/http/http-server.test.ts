import { request } from 'node:http';
import { HttpServer, sendJson } from '../../src/http/http-server';
import { capturedLog } from '../helpers/captured-log';

let server: HttpServer;
let logLines: Record<string, unknown>[];
beforeEach(async () => {
  const captured = capturedLog('info');
  logLines = captured.lines;
  server = new HttpServer(captured.log);
});
afterEach(async () => {
  await server.close();
});

async function call(method: string, path: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, { method });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

describe('HttpServer', () => {
  it('has port 0 before listening and the chosen free port after', async () => {
    expect(server.port).toBe(0);
    const address = await server.listen(0, '127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(server.port).toBe(address.port);
  });

  it('routes by method and exact path, ignoring the query', async () => {
    server.route('get', '/a', (_req, res) => sendJson(res, 200, { route: 'a' }));
    server.route('POST', '/a', (_req, res) => sendJson(res, 201, { route: 'post a' }));
    await server.listen(0, '127.0.0.1');
    expect(await call('GET', '/a?x=1&y=%F0%9F%98%80')).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: '{"route":"a"}' });
    expect((await call('POST', '/a')).body).toBe('{"route":"post a"}');
    // Only that path: neither a longer one nor one with a trailing slash.
    expect((await call('GET', '/a/')).status).toBe(404);
    expect((await call('GET', '/ab')).status).toBe(404);
  });

  it('serves a prefix for a path ending in /*, and prefers an exact route', async () => {
    server.route('GET', '/files/*', (req, res) => sendJson(res, 200, { prefix: req.url }));
    server.route('GET', '/files/exact', (_req, res) => sendJson(res, 200, { exact: true }));
    await server.listen(0, '127.0.0.1');
    expect(JSON.parse((await call('GET', '/files/abc.def')).body)).toEqual({ prefix: '/files/abc.def' });
    expect(JSON.parse((await call('GET', '/files/🙂/x')).body)).toEqual({ prefix: '/files/%F0%9F%99%82/x' });
    expect(JSON.parse((await call('GET', '/files/exact')).body)).toEqual({ exact: true });
    // The prefix is the folder: `/filesX` is not under `/files/`, and another method is not served.
    expect((await call('GET', '/filesX')).status).toBe(404);
    expect((await call('DELETE', '/files/abc')).status).toBe(404);
  });

  it('answers 405 for a known path with another method, 404 for an unknown path, as JSON', async () => {
    server.route('GET', '/healthz', (_req, res) => sendJson(res, 200, {}));
    await server.listen(0, '127.0.0.1');
    expect(await call('POST', '/healthz')).toEqual({ status: 405, type: 'application/json', body: '{"error":"method not allowed"}' });
    expect(await call('GET', '/nowhere')).toEqual({ status: 404, type: 'application/json', body: '{"error":"not found"}' });
    expect((await call('GET', `/${'x'.repeat(5000)}`)).status).toBe(404);
  });

  it('answers 500 when a handler throws or rejects, logs it, and goes on serving', async () => {
    server.route('GET', '/throws', () => {
      throw new Error('sync boom');
    });
    server.route('GET', '/rejects', async () => {
      throw new Error('async boom');
    });
    server.route('GET', '/half', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('begun ');
      throw new Error('late boom');
    });
    server.route('GET', '/ok', (_req, res) => sendJson(res, 200, { ok: true }));
    await server.listen(0, '127.0.0.1');
    expect(await call('GET', '/throws')).toEqual({ status: 500, type: 'application/json', body: '{"error":"internal error"}' });
    expect((await call('GET', '/rejects')).status).toBe(500);
    // Headers already sent: the status stays, the response is ended rather than left hanging.
    const half = await call('GET', '/half');
    expect(half.status).toBe(200);
    expect(half.body.startsWith('begun ')).toBe(true);
    expect((await call('GET', '/ok')).status).toBe(200);
    const failures = logLines.filter((l) => l.msg === 'request failed');
    expect(failures.map((l) => [l.method, l.path])).toEqual([
      ['GET', '/throws'],
      ['GET', '/rejects'],
      ['GET', '/half'],
    ]);
  });

  it('refuses to listen on a port already taken, and close ends open connections', async () => {
    const address = await server.listen(0, '127.0.0.1');
    const other = new HttpServer(capturedLog().log);
    await expect(other.listen(address.port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // A kept-alive connection does not hold close() up.
    server.route('GET', '/slow', (_req, res) => {
      res.writeHead(200);
      res.write('x');
    });
    const closed = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: address.port, path: '/slow' }, (res) => {
        res.on('data', () => void server.close().then(() => resolve('closed')));
        res.on('error', () => undefined);
      });
      req.on('error', () => undefined);
      req.end();
    });
    expect(await closed).toBe('closed');
  });
});

describe('sendJson', () => {
  it('writes the status, a JSON content type with charset and the body as JSON, emoji and markup kept', async () => {
    server.route('GET', '/j', (_req, res) => sendJson(res, 418, { text: '<b>hej</b> 🌱 "citat"', list: [1, null] }));
    await server.listen(0, '127.0.0.1');
    const res = await call('GET', '/j');
    expect(res.status).toBe(418);
    expect(res.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({ text: '<b>hej</b> 🌱 "citat"', list: [1, null] });
  });
});
