import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { webChatBundleRoute } from '../../src/webchat/webchat-bundle';

describe('webChatBundleRoute', () => {
  const http = new HttpServer(createLogger('silent'));
  let base = '';
  beforeAll(async () => {
    http.route('GET', '/webchat/webchat.js', webChatBundleRoute());
    base = `http://127.0.0.1:${(await http.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(() => http.close());

  it('serves Web Chat’s browser bundle from node_modules, whole, as JavaScript that may be cached', async () => {
    const file = readFileSync(join(dirname(dirname(require.resolve('botframework-webchat'))), 'dist', 'webchat.js'));
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${base}/webchat/webchat.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(Number(res.headers.get('content-length'))).toBe(file.length);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.equals(file)).toBe(true);
    }
    expect(file.includes('renderWebChat')).toBe(true);
  });
});
