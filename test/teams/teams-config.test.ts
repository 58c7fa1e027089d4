import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/errors';
import { authOptions, checkTeamsConfig } from '../../src/teams/teams-config';

const base = { PROGRAM_FILE: 'p.yaml', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' };

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('MicrosoftAppType', () => {
  it('defaults to SingleTenant, which Azure still lets you create', () => {
    const config = loadConfig({}, { ...base, MicrosoftAppTenantId: 'tenant-1' });
    expect(config.MicrosoftAppType).toBe('SingleTenant');
    expect(authOptions(config)).toMatchObject({ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1' });
  });

  it('needs MicrosoftAppTenantId then, and the settings say so at once, where to find it (sv and en)', () => {
    for (const [lang, words] of [
      ['sv', /^MicrosoftAppTenantId: saknas: med MicrosoftAppType SingleTenant \(standard.*skriv MicrosoftAppTenantId=/],
      ['en', /^MicrosoftAppTenantId: is missing: with MicrosoftAppType SingleTenant \(the default.*write MicrosoftAppTenantId=/],
    ] as const) {
      const error = thrown(() => loadConfig({}, { ...base, LNB_LANG: lang }));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['MicrosoftAppTenantId']);
      expect((error as ConfigError).message).toMatch(words);
    }
  });

  it('needs the app secret unless a managed identity signs in', () => {
    const error = thrown(() => loadConfig({}, { PROGRAM_FILE: 'p.yaml', MicrosoftAppId: base.MicrosoftAppId, MicrosoftAppType: 'MultiTenant' }));
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['MicrosoftAppPassword']);
    const msi = { PROGRAM_FILE: 'p.yaml', MicrosoftAppId: base.MicrosoftAppId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' };
    expect(() => loadConfig({}, msi)).not.toThrow();
  });

  it('still takes MultiTenant for a bot registered before July 2025, without a tenant', () => {
    expect(() => checkTeamsConfig(loadConfig({}, { ...base, MicrosoftAppType: 'MultiTenant' }))).not.toThrow();
  });
});

describe('checkTeamsConfig', () => {
  it('runs the endpoint without an app id (no authentication) only on this machine', () => {
    expect(() => checkTeamsConfig(loadConfig({}, {}))).not.toThrow();
    const error = thrown(() => checkTeamsConfig(loadConfig({}, { HOST: '0.0.0.0' })));
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['MicrosoftAppId']);
  });
});
