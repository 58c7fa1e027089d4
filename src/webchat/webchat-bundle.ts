import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RouteHandler } from '../http/http-server';

/**
 * GET /webchat/webchat.js: Web Chat's browser bundle (React included) from
 * node_modules, so the page loads nothing from a CDN and works offline.
 * The package exports no path to it, so it is found next to its main file.
 */
export function webChatBundleRoute(): RouteHandler {
  let bundle: Promise<Buffer> | undefined;
  const load = () => {
    const main = require.resolve('botframework-webchat'); // …/botframework-webchat/lib/index.js
    return readFile(join(dirname(dirname(main)), 'dist', 'webchat.js'));
  };
  return async (_req, res) => {
    bundle ??= load();
    let body: Buffer;
    try {
      body = await bundle;
    } catch (e) {
      bundle = undefined;
      throw e;
    }
    res
      .writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'content-length': String(body.length),
        'cache-control': 'public, max-age=3600',
      })
      .end(body);
  };
}
