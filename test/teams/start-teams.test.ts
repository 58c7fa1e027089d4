import { request } from 'node:http';
import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/errors';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { startTeams } from '../../src/teams/start-teams';
import { openTestContext } from '../helpers/bot-context';
import { ANNA, COORD, personalConversationId, personalMessage } from './helpers/teams-activities';
import { startTeamsHarness } from './helpers/teams-harness';
import { teamsProgram } from './helpers/teams-program';

describe('authentication', () => {
  it('answers 401 to a request without a valid token when an app id is set, and runs nothing', async () => {
    const t = await openTestContext({ program: teamsProgram() });
    const http = new HttpServer(createLogger('silent'));
    const config = loadConfig(
      {},
      { HOST: '127.0.0.1', PORT: '0', PROGRAM_FILE: 'p.yaml', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1' },
    );
    const teams = await startTeams({ ctx: t.ctx, config, http });
    await http.listen(0, '127.0.0.1');
    try {
      const activity = personalMessage('http://127.0.0.1:9/', ANNA, 'link eskilstuna');
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${http.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
      expect((await post({})).status).toBe(401);
      expect((await post({ authorization: 'Bearer garbage.not.ajwt' })).status).toBe(401);
      expect((await post({ authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
      expect(await t.store.contacts.get('teams', 'aad-anna')).toBeUndefined();
    } finally {
      await teams.stop();
      await http.close();
      await t.close();
    }
  });

  it('refuses to start without an app id unless bound to loopback, and says why', async () => {
    const t = await openTestContext({ program: teamsProgram() });
    const http = new HttpServer(createLogger('silent'));
    try {
      const open = loadConfig({}, { HOST: '0.0.0.0', PORT: '0', PROGRAM_FILE: 'p.yaml' });
      const refused = await startTeams({ ctx: t.ctx, config: open, http }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConfigError);
      expect((refused as ConfigError).message).toMatch(/^MicrosoftAppId: .*autentiseringen avstängd.*HOST=127\.0\.0\.1/);
      // An app id without its secret and tenant does not get as far as starting: the settings refuse it.
      const noSecret = (() => {
        try {
          return loadConfig({}, { HOST: '0.0.0.0', PORT: '0', PROGRAM_FILE: 'p.yaml', MicrosoftAppId: 'id', MicrosoftAppType: 'SingleTenant' });
        } catch (e) {
          return e as ConfigError;
        }
      })();
      expect(noSecret).toBeInstanceOf(ConfigError);
      expect((noSecret as ConfigError).problems.map((p) => p.path)).toEqual(['MicrosoftAppPassword', 'MicrosoftAppTenantId']);
    } finally {
      await t.close();
    }
  });
});

/** POSTs an activity naming another Host than the address it goes to (fetch would not send that header). */
function postWithHost(baseUrl: string, host: string, activity: unknown): Promise<number> {
  const body = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/api/messages`, { method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('startTeams in local mode', () => {
  it('answers activities at /api/messages from this machine only, and serves download links at /files/*', async () => {
    const h = await startTeamsHarness();
    try {
      expect((await h.send(personalMessage(h.connector.url, ANNA, 'hjälp'))).status).toBe(200);
      expect(h.connector.activities(personalConversationId(ANNA))).toHaveLength(1);
      // A page elsewhere naming another host (DNS rebinding) is refused without authentication.
      expect(await postWithHost(h.baseUrl, 'evil.example', personalMessage(h.connector.url, COORD, 'hjälp'))).toBe(403);
      expect(h.connector.activities(personalConversationId(COORD))).toEqual([]);
      const missing = await fetch(`${h.baseUrl}/files/nope`);
      expect(missing.status).toBeGreaterThanOrEqual(400);
      expect(missing.status).toBeLessThan(500);
      expect((await fetch(`${h.baseUrl}/privacy`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('answers 503 once stopped, and runs no turn', async () => {
    const h = await startTeamsHarness();
    try {
      await h.teams.stop();
      expect((await h.send(personalMessage(h.connector.url, ANNA, 'hjälp'))).status).toBe(503);
      expect(h.connector.calls).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
