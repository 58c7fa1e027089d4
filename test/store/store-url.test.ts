import { ErrorCode, StoreUrlError } from '../../src/errors';
import { DEFAULT_STORE_URL, parseStoreUrl } from '../../src/store/store-url';

describe('parseStoreUrl', () => {
  it('reads a relative SQLite path against the working folder, and an absolute one as written', () => {
    expect(parseStoreUrl(DEFAULT_STORE_URL, '/srv/lnb')).toEqual({ kind: 'sqlite', path: '/srv/lnb/data/lnb.sqlite' });
    expect(parseStoreUrl('sqlite:///var/lib/lnb.sqlite', '/srv/lnb')).toEqual({ kind: 'sqlite', path: '/var/lib/lnb.sqlite' });
  });

  it('passes Redis URLs through, with or without TLS', () => {
    expect(parseStoreUrl('redis://localhost:6379')).toEqual({ kind: 'redis', url: 'redis://localhost:6379' });
    expect(parseStoreUrl('rediss://cache.example:6380/2')).toEqual({ kind: 'redis', url: 'rediss://cache.example:6380/2' });
  });

  it('refuses anything else with a coded error that says what to write', () => {
    for (const url of ['sqlite://', 'redis://', 'postgres://db/lnb', 'data/lnb.sqlite', '']) {
      let caught: unknown;
      try {
        parseStoreUrl(url, '/srv/lnb');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(StoreUrlError);
      expect((caught as StoreUrlError).code).toBe(ErrorCode.StoreUrlInvalid);
      expect((caught as Error).message).toContain('sqlite://PATH');
    }
  });
});
