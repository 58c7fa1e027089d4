import { type RouteHandler, sendJson } from './http-server';

export interface Readiness {
  /** Set once the store is open and the program loaded. */
  ready: boolean;
  program?: string;
  store?: string;
}

/** GET /healthz: 200 when ready, 503 while starting or stopping. */
export function healthRoute(readiness: Readiness): RouteHandler {
  return (_req, res) => {
    if (!readiness.ready) return sendJson(res, 503, { status: 'starting' });
    sendJson(res, 200, { status: 'ok', program: readiness.program, store: readiness.store });
  };
}
