import { checkToken, type LinkClaims, mintToken } from '../../src/workbench/link-token';

const secret = Buffer.alloc(32, 7).toString('base64url');
const claims: LinkClaims = { platform: 'slack', userId: 'U1', program: 'p', round: 2, expiresAt: Date.parse('2026-11-23T11:00:00Z'), id: 'abc' };
const now = new Date('2026-11-23T10:00:00Z');

describe('workbench link tokens', () => {
  it('give back their claims while they last', () => {
    expect(checkToken(secret, mintToken(secret, claims), now)).toEqual({ ok: true, claims });
  });

  it('are refused when expired, tampered, signed with another secret or malformed', () => {
    const token = mintToken(secret, claims);
    expect(checkToken(secret, token, new Date(claims.expiresAt))).toEqual({ ok: false, reason: 'expired' });
    const other = Buffer.from(JSON.stringify({ ...claims, round: 3 })).toString('base64url');
    expect(checkToken(secret, `${other}.${token.split('.')[1]}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkToken(Buffer.alloc(32, 8).toString('base64url'), token, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkToken(undefined, token, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkToken(secret, 'nonsense', now)).toEqual({ ok: false, reason: 'invalid' });
  });
});
