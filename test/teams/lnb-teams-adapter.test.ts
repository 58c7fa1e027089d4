import type { Activity } from 'botbuilder';
import { LnbTeamsAdapter, Unauthorized } from '../../src/teams/lnb-teams-adapter';
import { ANNA, personalMessage } from './helpers/teams-activities';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const SERVICE = 'http://127.0.0.1:9/';

describe('LnbTeamsAdapter.handle', () => {
  it('runs the turn on an empty header when authentication is off (local mode)', async () => {
    const adapter = new LnbTeamsAdapter({});
    const seen: string[] = [];
    await adapter.handle('', personalMessage(SERVICE, ANNA, 'hej') as Activity, async (turn) => void seen.push(String(turn.activity.text)));
    expect(seen).toEqual(['hej']);
  });

  it('answers 401 to a header that cannot be a connector’s token, before any turn', async () => {
    const adapter = new LnbTeamsAdapter({});
    let ran = false;
    const markRan = async () => {
      ran = true;
    };
    for (const header of ['Basic dXNlcjpwdw==', 'Bearer nope', `Bearer ${b64({ alg: 'none' })}.${b64({})}.`, `Bearer ${b64({ alg: 'HS256', kid: 'k' })}.${b64({})}.c2ln`]) {
      const e = await adapter.handle(header, personalMessage(SERVICE, ANNA, 'hej') as Activity, markRan).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(Unauthorized);
      expect((e as Unauthorized).statusCode).toBe(401);
    }
    expect(ran).toBe(false);
  });

  it('answers 401 to a well-formed token botbuilder cannot verify, with an app id set', async () => {
    const adapter = new LnbTeamsAdapter({
      MicrosoftAppId: '00000000-0000-0000-0000-0000000000a1',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'MultiTenant',
      // Nothing answers here, so no key can be found for the token.
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid',
      ToBotFromEmulatorOpenIdMetadataUrl: 'http://127.0.0.1:9/openid',
    });
    const now = Math.floor(Date.now() / 1000);
    // An expired token: jsonwebtoken refuses it for its dates, which is the caller's fault.
    const token = `${b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: 'x', exp: now - 3600 })}.c2ln`;
    let ran = false;
    const markRan = async () => {
      ran = true;
    };
    const e = await adapter.handle(`Bearer ${token}`, personalMessage(SERVICE, ANNA, 'hej') as Activity, markRan).catch((x: unknown) => x);
    expect(ran).toBe(false);
    expect(e).toHaveProperty('statusCode', 401);
  });
});
