import type { Config } from '../config/config';
import type { BotContext } from '../core/bot-context';
import type { HttpServer } from '../http/http-server';
import type { Locale } from '../i18n/translate';
import { FileLinks } from '../platform/file-links';
import { editedCompilation } from './edited-compilation';
import { createWorkbenchRepository } from './workbench-repository';
import { workbenchRoutes } from './workbench-routes';
import { WorkbenchService } from './workbench-service';

/**
 * Starts the coordinator's workbench on the bot's HTTP server (under
 * /workbench/) and lets summaries carry a link to it (`ctx.workbenchLink`).
 * The Word file a publication links to is served at /files/*, as Teams'
 * compilations are, from the same store and secret.
 */
export function startWorkbench(deps: { ctx: BotContext; config: Config; http: HttpServer }): WorkbenchService {
  const { ctx, config, http } = deps;
  const baseUrl = () => config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${http.port}`;
  const files = new FileLinks({ files: ctx.store.files, clock: ctx.clock, baseUrl, locale: config.LNB_LANG as Locale, log: ctx.log });
  const service = new WorkbenchService({
    ctx,
    repo: createWorkbenchRepository(ctx.store.workbench, ctx.store.leases),
    baseUrl,
    fileLink: async (docx, fileName) => (await files.add(docx, fileName)).url,
  });
  const routes = workbenchRoutes({ service, ctx, locale: config.LNB_LANG as Locale, publicUrl: config.PUBLIC_URL });
  http.route('GET', '/workbench', routes.get);
  http.route('GET', '/workbench/*', routes.get);
  http.route('POST', '/workbench/*', routes.post);
  http.route('GET', '/files/*', files.route());
  ctx.workbenchLink = (person, scope) => service.mintLink(person, { program: ctx.program.program.id, ...scope });
  ctx.editedCompilation = (scope) => editedCompilation(ctx.store, ctx.program, { program: ctx.program.program.id, ...scope });
  return service;
}
