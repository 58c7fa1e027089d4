import { loadConfig } from '../../src/config/config';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { startTeams } from '../../src/teams/start-teams';
import { openTestContext } from '../helpers/bot-context';
import { teamsProgram } from '../teams/helpers/teams-program';

/** The website, privacy and terms pages the Teams app package links to, served by the bot with Teams started. */
describe('info pages', () => {
  it('answer 200 with plain HTML in Swedish and English, saying what is stored and for how long', async () => {
    const t = await openTestContext({ program: teamsProgram() });
    const http = new HttpServer(createLogger('silent'));
    const config = loadConfig({}, { HOST: '127.0.0.1', PORT: '0', PROGRAM_FILE: 'p.yaml' });
    const teams = await startTeams({ ctx: t.ctx, config, http });
    await http.listen(0, '127.0.0.1');
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${http.port}${path}`);
      return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
    };
    try {
      for (const path of ['/about', '/privacy', '/terms', '/about?lang=en', '/privacy?lang=en', '/terms?lang=en']) {
        const page = await get(path);
        expect(page.status).toBe(200);
        expect(page.type).toBe('text/html; charset=utf-8');
        expect(page.html).toMatch(/^<!doctype html>/);
        // Nothing loaded from elsewhere: no scripts, no external styles, images or fonts.
        expect(page.html).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//i);
        expect(page.html).toContain(path.endsWith('lang=en') ? '<html lang="en">' : '<html lang="sv">');
      }
      const sv = (await get('/privacy')).html;
      expect(sv).toMatch(/12 månader efter sista träffens dokumentationsfrist/);
      expect(sv).toMatch(/högst 24 timmar/);
      expect(sv).toMatch(/mina svar/);
      const en = (await get('/privacy?lang=en')).html;
      expect(en).toMatch(/12 months after the last meeting&#39;s documentation deadline/);
      expect(en).toMatch(/at most 24 hours/);
    } finally {
      await teams.stop();
      await http.close();
      await t.close();
    }
  });
});
