import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * The bot's one HTTP server. Platforms add their endpoints with `route`
 * (Slack at /slack/events, Teams at /api/messages); the server only routes,
 * it knows nothing of what the endpoints do.
 */
export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly server: Server;

  constructor(private readonly log: Logger) {
    this.server = createServer((req, res) => void this.dispatch(req, res));
  }

  /** `path` is exact, or a prefix when it ends in `/*` (`/files/*` serves `/files/abc`). */
  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
  }

  private find(method: string | undefined, path: string): RouteHandler | undefined {
    const exact = this.routes.get(`${method} ${path}`);
    if (exact) return exact;
    for (const [key, handler] of this.routes) {
      if (key.startsWith(`${method} `) && key.endsWith('/*') && path.startsWith(key.slice(key.indexOf(' ') + 1, -1))) {
        return handler;
      }
    }
    return undefined;
  }

  /** The port the server listens on (0 before `listen`). */
  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = this.find(req.method, path);
    if (!handler) {
      const known = [...this.routes.keys()].some((k) => k.endsWith(` ${path}`));
      res.writeHead(known ? 405 : 404, { 'content-type': 'application/json' }).end(
        JSON.stringify({ error: known ? 'method not allowed' : 'not found' }),
      );
      return;
    }
    try {
      await handler(req, res);
    } catch (e) {
      this.log.error({ err: e, method: req.method, path }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'internal error' }));
    }
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
