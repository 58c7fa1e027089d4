import { isTokenError, plausibleBearer, quietBotbuilderKeyLog } from '../../src/teams/bearer-check';

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const jwt = (header: unknown, payload: unknown = { iss: 'https://api.botframework.com' }, signature = 'c2ln') => `Bearer ${b64(header)}.${b64(payload)}.${signature}`;

describe('plausibleBearer', () => {
  it('lets through what botbuilder may accept: RS256, RS384 or RS512 with a key id', () => {
    for (const alg of ['RS256', 'RS384', 'RS512']) expect(plausibleBearer(jwt({ alg, kid: 'k1', typ: 'JWT' }))).toBe(true);
    expect(plausibleBearer(`  ${jwt({ alg: 'RS256', kid: 'k1' })}  `)).toBe(true);
  });

  it('refuses the classic forgeries and what is no token at all', () => {
    expect(plausibleBearer(jwt({ alg: 'none', kid: 'k1' }))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'HS256', kid: 'k1' }))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'rs256', kid: 'k1' }))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'RS256' }))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'RS256', kid: 7 }))).toBe(false);
    expect(plausibleBearer(jwt(['RS256']))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'RS256', kid: 'k1' }, 'not json'))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'RS256', kid: 'k1' }, {}, ''))).toBe(false);
    expect(plausibleBearer(jwt({ alg: 'RS256', kid: 'k1' }).replace('Bearer ', 'Basic '))).toBe(false);
    expect(plausibleBearer(`Bearer ${b64({ alg: 'RS256', kid: 'k1' })}.${b64({})}`)).toBe(false);
    expect(plausibleBearer('')).toBe(false);
    expect(plausibleBearer(`Bearer ${'a'.repeat(10_000)}.😀.x`)).toBe(false);
  });
});

describe('isTokenError', () => {
  it('knows jsonwebtoken’s three errors by name, and nothing else', () => {
    for (const name of ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']) expect(isTokenError(Object.assign(new Error('x'), { name }))).toBe(true);
    expect(isTokenError(new Error('JsonWebTokenError'))).toBe(false);
    expect(isTokenError(Object.assign(new Error('x'), { name: 'TypeError' }))).toBe(false);
    expect(isTokenError(null)).toBe(false);
    expect(isTokenError(undefined)).toBe(false);
    expect(isTokenError('JsonWebTokenError')).toBe(false);
  });
});

describe('quietBotbuilderKeyLog', () => {
  const original = console.error;
  afterEach(() => {
    console.error = original;
  });

  it('drops botbuilder’s key list and an expired token’s error, and passes everything else through, once', () => {
    const printed: unknown[][] = [];
    console.error = (...args: unknown[]) => void printed.push(args);
    quietBotbuilderKeyLog();
    quietBotbuilderKeyLog();
    console.error('Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----');
    console.error(Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' }));
    console.error('something else', 1);
    const expired = Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' });
    console.error('context:', expired);
    // Installed twice, it still passes each line on once.
    expect(printed).toEqual([['something else', 1], ['context:', expired]]);
  });
});
