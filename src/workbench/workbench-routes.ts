import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import type { RouteHandler } from '../http/http-server';
import { isLocale, type Locale, translate } from '../i18n/translate';
import { editSchema, lastUndoable } from './edit';
import { BodyTooLarge, COOKIE, cookieOf, isHttps, readJson, send, sendJson, sessionCookie } from './http-helpers';
import { mayPublish } from './workbench-access';
import { continuePage, refusedPage, workbenchPage } from './workbench-page';
import { workbenchReplies } from './workbench-replies';
import { authorKey, type Signed, WORKBENCH_SESSION_MS, type WorkbenchService } from './workbench-service';
import { workbenchView } from './workbench-view';

const STATIC_DIR = join(__dirname, '../../src/workbench/static');
const ASSETS: Record<string, string> = {
  '/workbench/workbench.js': 'text/javascript; charset=utf-8',
  '/workbench/workbench.css': 'text/css; charset=utf-8',
};
const HTML = 'text/html; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface WorkbenchRouteOptions {
  service: WorkbenchService;
  ctx: BotContext;
  /** The language of pages for someone not signed in. */
  locale: Locale;
  publicUrl?: string;
}

const sameBytes = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The workbench over HTTP, under /workbench/: `open/<token>` exchanges a
 * link for a session cookie; the page, its script and style; `state` (the
 * draft as edited, JSON); `docx`; and the writes (`edit`, `undo`, `regroup`,
 * `publish`, `logout`), each needing the session's CSRF token in the
 * `x-lnb-csrf` header (a form field for the logout form). Nothing from a
 * reply is ever in an address or a log line.
 */
export function workbenchRoutes(opts: WorkbenchRouteOptions): { get: RouteHandler; post: RouteHandler } {
  const { service, ctx } = opts;
  const assets = new Map(Object.keys(ASSETS).map((path) => [path, readFileSync(join(STATIC_DIR, path.slice('/workbench/'.length)))]));
  const langOf = (url: URL, fallback: Locale): Locale => {
    const lang = url.searchParams.get('lang');
    return isLocale(lang) ? lang : fallback;
  };
  const signedIn = async (req: IncomingMessage): Promise<Signed | undefined> => {
    const id = cookieOf(req, COOKIE);
    return id && /^[A-Za-z0-9_-]{43}$/.test(id) ? service.signedIn(id) : undefined;
  };
  const refuse = (res: ServerResponse, locale: Locale, reason: Parameters<typeof refusedPage>[1], status: number) =>
    send(res, status, HTML, refusedPage(locale, reason));

  async function state(signed: Signed, locale: Locale) {
    const s = signed.session;
    const st = await service.state(s);
    const replies = await workbenchReplies(ctx.store, s, st.shaped.compilation.locale);
    const channels: string[] = [];
    const publish = mayPublish(signed.role, s);
    if (publish) {
      for (const n of ctx.program.networks) {
        const target = await targetOf(ctx, n);
        channels.push(
          target
            ? translate(locale, 'workbench.channel', { network: n.name, channel: target.channel, platform: target.platform })
            : translate(locale, 'workbench.noChannel', { network: n.name }),
        );
      }
    }
    return workbenchView({
      state: st,
      replies,
      program: ctx.program,
      role: signed.role,
      canPublish: publish,
      canUndo: lastUndoable(st.log, authorKey(signed.person)) !== undefined,
      csrf: s.csrf,
      locale,
      network: s.network,
      channels,
    });
  }

  const get: RouteHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const asset = assets.get(path);
    if (asset) {
      send(res, 200, ASSETS[path] as string, asset, { 'cache-control': 'no-cache' });
      return;
    }
    if (path.startsWith('/workbench/open/')) {
      let token: string;
      try {
        token = decodeURIComponent(path.slice('/workbench/open/'.length));
      } catch {
        token = '';
      }
      const locale = langOf(url, opts.locale);
      const opened = await service.open(token, isLocale(url.searchParams.get('lang')) ? locale : undefined);
      if (!opened.ok) {
        ctx.log.info({ reason: opened.reason }, 'workbench: link refused');
        refuse(res, locale, opened.reason, opened.reason === 'expired' || opened.reason === 'used' ? 410 : 403);
        return;
      }
      ctx.log.info({ program: opened.session.program, round: opened.session.round }, 'workbench: link opened');
      const maxAge = Math.floor(WORKBENCH_SESSION_MS / 1000);
      send(res, 200, HTML, continuePage(opened.session.locale), {
        'set-cookie': sessionCookie(opened.session.id, maxAge, isHttps(req, opts.publicUrl)),
      });
      return;
    }
    const signed = await signedIn(req);
    if (!signed) {
      refuse(res, langOf(url, opts.locale), 'signedOut', 401);
      return;
    }
    const locale = langOf(url, signed.session.locale);
    if (path === '/workbench' || path === '/workbench/') {
      const round = ctx.program.rounds.find((r) => r.number === signed.session.round);
      send(res, 200, HTML, workbenchPage(locale, translate(locale, 'workbench.title', { number: round?.number ?? signed.session.round })));
      return;
    }
    if (path === '/workbench/state') {
      sendJson(res, 200, await state(signed, locale));
      return;
    }
    if (path === '/workbench/docx') {
      const file = await service.docx(signed.session);
      const ascii = file.fileName.replace(/[^\w.-]/g, '_');
      send(res, 200, DOCX, file.body, {
        'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      });
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const post: RouteHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const signed = await signedIn(req);
    if (!signed) {
      sendJson(res, 401, { error: translate(opts.locale, 'workbench.link.signedOut') });
      return;
    }
    const locale = langOf(url, signed.session.locale);
    const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
    if (path === '/workbench/logout') {
      // A form post: the token is a field of the urlencoded body.
      const body = await readForm(req);
      if (!sameBytes(body.get('csrf') ?? '', signed.session.csrf)) {
        sendJson(res, 403, { error: t('workbench.error.csrf') });
        return;
      }
      await service.signOut(signed.session.id);
      send(res, 200, HTML, refusedPage(locale, 'loggedOut'), { 'set-cookie': sessionCookie('', 0, isHttps(req, opts.publicUrl)) });
      return;
    }
    const csrf = req.headers['x-lnb-csrf'];
    if (typeof csrf !== 'string' || !sameBytes(csrf, signed.session.csrf)) {
      sendJson(res, 403, { error: t('workbench.error.csrf') });
      return;
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        // The rest of the body is never read: the connection is closed, so a client reusing it is not left reading garbage.
        send(res, 413, 'application/json; charset=utf-8', JSON.stringify({ error: t('workbench.error.edit') }), { connection: 'close' });
        return;
      }
      throw e;
    }
    switch (path) {
      case '/workbench/edit': {
        const parsed = editSchema.safeParse(body);
        if (!parsed.success) {
          sendJson(res, 400, { error: t('workbench.error.edit') });
          return;
        }
        await service.edit(signed, parsed.data);
        ctx.log.info({ kind: parsed.data.kind, round: signed.session.round }, 'workbench: edit saved');
        sendJson(res, 200, await state(signed, locale));
        return;
      }
      case '/workbench/undo': {
        const undone = await service.undo(signed);
        sendJson(res, 200, { ...(await state(signed, locale)), message: t(undone ? 'workbench.undone' : 'workbench.nothingToUndo') });
        return;
      }
      case '/workbench/regroup': {
        await service.regroup(signed);
        sendJson(res, 200, await state(signed, locale));
        return;
      }
      case '/workbench/publish': {
        const outcome = await service.publish(signed);
        if (outcome === 'denied') {
          sendJson(res, 403, { error: t('workbench.error.denied') });
          return;
        }
        const lines = [];
        if (outcome.posted.length > 0) lines.push(t('workbench.publishDone', { count: outcome.posted.length }));
        if (outcome.already.length > 0) lines.push(t('workbench.publishAlready', { count: outcome.already.length }));
        const names = (ids: string[]) => ids.map((id) => ctx.program.networks.find((n) => n.id === id)?.name ?? id).join(', ');
        if (outcome.unlinked.length > 0) lines.push(t('workbench.publishUnlinked', { networks: names(outcome.unlinked) }));
        if (outcome.failed.length > 0) lines.push(t('workbench.publishFailed', { networks: names(outcome.failed.map((f) => f.network)) }));
        sendJson(res, 200, { ...outcome, message: lines.join(' ') });
        return;
      }
      default:
        sendJson(res, 404, { error: 'not found' });
    }
  };
  return { get, post };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4096) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
