import { request } from 'node:http';
import { HttpServer, sendJson } from '../../src/http/http-server';
import { BodyError, readJsonBody } from '../../src/http/read-json-body';
import { createLogger } from '../../src/logger';

const LIMIT = 1024;
let http: HttpServer;
beforeAll(async () => {
  http = new HttpServer(createLogger('silent'));
  // As the endpoints use it: the parsed body echoed, or the BodyError's status with the connection closed on 413.
  http.route('POST', '/echo', async (req, res) => {
    try {
      sendJson(res, 200, { body: await readJsonBody(req, LIMIT) });
    } catch (e) {
      if (e instanceof BodyError && e.status === 413) res.setHeader('connection', 'close');
      sendJson(res, e instanceof BodyError ? e.status : 500, { error: e instanceof Error ? e.message : String(e) });
    }
  });
  await http.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await http.close();
});

async function post(body: string | Buffer): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`http://127.0.0.1:${http.port}/echo`, { method: 'POST', body });
  return { status: res.status, json: await res.json() };
}

describe('readJsonBody', () => {
  it('gives the body as JSON, any JSON value, text in UTF-8 across chunks', async () => {
    const value = { text: 'Hej 👋🏽 <script>alert(1)</script> åäö', n: [1, 2.5, null, true] };
    expect(await post(JSON.stringify(value))).toEqual({ status: 200, json: { body: value } });
    expect(await post('null')).toEqual({ status: 200, json: { body: null } });
    expect(await post('"🌱"')).toEqual({ status: 200, json: { body: '🌱' } });
  });

  it('takes a body of exactly the limit, and refuses one byte more with 413', async () => {
    const exact = JSON.stringify('x'.repeat(LIMIT - 2));
    expect(Buffer.byteLength(exact)).toBe(LIMIT);
    expect((await post(exact)).status).toBe(200);
    const over = JSON.stringify('x'.repeat(LIMIT - 1));
    expect(await post(over)).toEqual({ status: 413, json: { error: 'body too large' } });
    // The limit is in bytes, not characters: 300 emoji are 1,200 bytes.
    expect((await post(JSON.stringify('😀'.repeat(300)))).status).toBe(413);
  });

  it('refuses a far larger body without reading it all, and the server goes on', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: http.port, path: '/echo', method: 'POST' }, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      req.on('error', () => undefined);
      // Keeps sending until answered, as a stranger would; the answer comes while the body is still open.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 200 && req.write(chunk)) sent += 1;
        if (sent < 200) req.once('drain', pump);
      };
      pump();
      req.setTimeout(10_000, () => reject(new Error('no answer')));
    });
    expect(status).toBe(413);
    expect((await post('{}')).status).toBe(200);
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'hej'],
    ['cut short', '{"a": '],
    ['a form', 'a=1&b=2'],
    ['invalid UTF-8 around JSON', Buffer.from([0x7b, 0xff, 0x7d])],
  ])('refuses a body that is %s with 400', async (_, body) => {
    expect(await post(body)).toEqual({ status: 400, json: { error: 'body is not JSON' } });
  });
});

describe('BodyError', () => {
  it('says what was wrong by its status', () => {
    expect(new BodyError(413).message).toBe('body too large');
    expect(new BodyError(400).message).toBe('body is not JSON');
    expect(new BodyError(400)).toBeInstanceOf(Error);
  });
});
