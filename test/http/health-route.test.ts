import { healthRoute, type Readiness } from '../../src/http/health-route';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';

describe('healthRoute', () => {
  it('answers 503 starting until ready, then 200 with the program and store, following the readiness it was given', async () => {
    const readiness: Readiness = { ready: false };
    const http = new HttpServer(createLogger('silent'));
    http.route('GET', '/healthz', healthRoute(readiness));
    await http.listen(0, '127.0.0.1');
    const get = async () => {
      const res = await fetch(`http://127.0.0.1:${http.port}/healthz`);
      return { status: res.status, body: await res.json() };
    };
    try {
      expect(await get()).toEqual({ status: 503, body: { status: 'starting' } });
      readiness.program = 'anhorig-2026';
      readiness.store = 'sqlite';
      // Not ready yet: nothing about the program is told.
      expect(await get()).toEqual({ status: 503, body: { status: 'starting' } });
      readiness.ready = true;
      expect(await get()).toEqual({ status: 200, body: { status: 'ok', program: 'anhorig-2026', store: 'sqlite' } });
      // Stopping: back to 503.
      readiness.ready = false;
      expect((await get()).status).toBe(503);
    } finally {
      await http.close();
    }
  });

  it('leaves out what is not known', async () => {
    const http = new HttpServer(createLogger('silent'));
    http.route('GET', '/healthz', healthRoute({ ready: true }));
    await http.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${http.port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    } finally {
      await http.close();
    }
  });
});
