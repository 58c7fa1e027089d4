import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import { HttpServer } from '../../src/http/http-server';
import { createLogger } from '../../src/logger';
import { startTeams, type TeamsPlatform } from '../../src/teams/start-teams';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { teamsProgram } from './helpers/teams-program';

/**
 * Tokens forged the classic ways, against the real botbuilder validation with
 * its OpenID metadata served by a local stand-in for login.botframework.com.
 */
const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'http://127.0.0.1:9/';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function token(header: Record<string, unknown>, signWith: (data: string) => string): string {
  const now = Math.floor(Date.now() / 1000);
  const data = `${b64({ typ: 'JWT', ...header })}.${b64({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600 })}`;
  return `${data}.${signWith(data)}`;
}

const rs256 = (key: KeyObject) => (data: string) => sign('sha256', Buffer.from(data), key).toString('base64url');

let keys: Server;
let t: TestContext;
let http: HttpServer;
let teams: TeamsPlatform;
let errors: jest.SpyInstance;
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

beforeAll(async () => {
  const jwk = pair.publicKey.export({ format: 'jwk' });
  keys = createServer((req, res) => {
    const base = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
    const body = req.url === '/keys' ? { keys: [{ kty: 'RSA', use: 'sig', kid: 'k1', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] } : { issuer: ISSUER, jwks_uri: `${base}/keys` };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
  // Installed before the bot starts, so the bot's filter (if any) sits in front of it, as in front of stderr.
  errors = jest.spyOn(console, 'error');
  t = await openTestContext({ program: teamsProgram() });
  http = new HttpServer(createLogger('silent'));
  const config = loadConfig(
    {},
    { HOST: '127.0.0.1', PORT: '0', PROGRAM_FILE: 'p.yaml', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1' },
  );
  const metadata = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/openid`;
  // Given one of these, botbuilder takes none of its public-cloud defaults, so all are named.
  const auth = {
    ToBotFromChannelOpenIdMetadataUrl: metadata,
    ToBotFromEmulatorOpenIdMetadataUrl: metadata,
    ToBotFromChannelTokenIssuer: ISSUER,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
  };
  teams = await startTeams({ ctx: t.ctx, config, http }, { auth });
  await http.listen(0, '127.0.0.1');
});

afterAll(async () => {
  errors.mockRestore();
  await teams.stop();
  await http.close();
  await t.close();
  keys.closeAllConnections();
  await new Promise((r) => keys.close(r));
});

const post = (authorization: string) =>
  fetch(`http://127.0.0.1:${http.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      conversation: { id: '19:x@thread.tacv2' },
      recipient: { id: '28:bot' },
      from: { id: '29:someone' },
    }),
  });

describe('forged Bot Framework tokens', () => {
  it('accepts a token signed with the published key (the stand-in works)', async () => {
    expect((await post(`Bearer ${token({ alg: 'RS256', kid: 'k1' }, rs256(pair.privateKey))}`)).status).toBe(200);
  });

  it('refuses alg none with 401', async () => {
    expect((await post(`Bearer ${token({ alg: 'none', kid: 'k1' }, () => '')}`)).status).toBe(401);
    // Some libraries take a trailing dot for an empty signature; the header is just as unacceptable.
    expect((await post(`Bearer ${token({ alg: 'none', kid: 'k1' }, () => 'x')}`)).status).toBe(401);
  });

  it('refuses HS256 signed with the public key as the secret with 401', async () => {
    const pem = pair.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString();
    const hs = (data: string) => createHmac('sha256', pem).update(data).digest('base64url');
    expect((await post(`Bearer ${token({ alg: 'HS256', kid: 'k1' }, hs)}`)).status).toBe(401);
  });

  it('refuses an RS256 token signed with another key with 401', async () => {
    expect((await post(`Bearer ${token({ alg: 'RS256', kid: 'k1' }, rs256(other.privateKey))}`)).status).toBe(401);
  });

  it('never lets botbuilder print its key list', () => {
    const printed = errors.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
    expect(printed).not.toMatch(/Available keys|BEGIN RSA PUBLIC KEY/);
  });
});
