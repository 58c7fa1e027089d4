import { DEFAULT_PROGRAM_FILE, loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/errors';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env, {}, 'en');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('expected the settings to be refused');
};

describe('loadConfig', () => {
  it('works with nothing set: local trial on loopback with the example program and a SQLite file', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3978,
      HOST: '127.0.0.1',
      PROGRAM_FILE: DEFAULT_PROGRAM_FILE,
      STORE_URL: 'sqlite://data/lnb.sqlite',
      LOG_LEVEL: 'info',
      slackConfigured: false,
      teamsConfigured: false,
    });
  });

  it('lets overrides win over the environment', () => {
    expect(loadConfig({ PORT: '4000' }, { PORT: '5000' }).PORT).toBe(5000);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', PROGRAM_FILE: ' ' }).PROGRAM_FILE).toBe(DEFAULT_PROGRAM_FILE);
  });

  it('requires a program file once a platform is configured, and listens on every interface', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      'PROGRAM_FILE: is required when Slack or Teams is configured; give the path of the program file',
    ]);
    expect(loadConfig({ MicrosoftAppId: 'abc', PROGRAM_FILE: 'p.yaml' }).HOST).toBe('0.0.0.0');
  });

  it('reads COMPILE_TIMEOUT_MS, a minute when unset, and refuses what is not a duration', () => {
    expect(loadConfig({}).COMPILE_TIMEOUT_MS).toBe(60_000);
    expect(loadConfig({ COMPILE_TIMEOUT_MS: '90000' }).COMPILE_TIMEOUT_MS).toBe(90_000);
    expect(problems({ COMPILE_TIMEOUT_MS: 'soon' })[0]).toMatch(/^COMPILE_TIMEOUT_MS: /);
  });

  it('names every bad variable with how to fix it', () => {
    expect(problems({ PORT: 'eighty', STORE_URL: 'mongodb://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url' })).toEqual([
      'PORT: "eighty" is not a port number; write a whole number 0–65535, e.g. 3978',
      'STORE_URL: "mongodb://x" is not supported; write sqlite://PATH, sqlite:///ABSOLUTE/PATH or redis://HOST:PORT',
      'LOG_LEVEL: "loud" is not a log level; choose fatal, error, warn, info, debug or trace',
      'PUBLIC_URL: "not a url" is not a URL; write e.g. https://bot.example.org',
    ]);
  });
});
