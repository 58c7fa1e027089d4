import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/errors';
import { authOptions, checkTeamsConfig } from '../../src/teams/teams-config';

const base = { PROGRAM_FILE: 'p.yaml', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' };

describe('MicrosoftAppType', () => {
  it('defaults to SingleTenant, which Azure still lets you create', () => {
    const config = loadConfig({}, { ...base, MicrosoftAppTenantId: 'tenant-1' });
    expect(config.MicrosoftAppType).toBe('SingleTenant');
    expect(authOptions(config)).toMatchObject({ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1' });
  });

  it('needs MicrosoftAppTenantId then, and says where to find it (sv and en)', () => {
    for (const [lang, words] of [
      ['sv', /^MicrosoftAppTenantId: saknas: med MicrosoftAppType SingleTenant \(standard.*skriv MicrosoftAppTenantId=/],
      ['en', /^MicrosoftAppTenantId: is missing: with MicrosoftAppType SingleTenant \(the default.*write MicrosoftAppTenantId=/],
    ] as const) {
      const error = (() => {
        try {
          checkTeamsConfig(loadConfig({}, { ...base, LNB_LANG: lang }));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['MicrosoftAppTenantId']);
      expect((error as ConfigError).message).toMatch(words);
    }
  });

  it('still takes MultiTenant for a bot registered before July 2025, without a tenant', () => {
    expect(() => checkTeamsConfig(loadConfig({}, { ...base, MicrosoftAppType: 'MultiTenant' }))).not.toThrow();
  });
});
