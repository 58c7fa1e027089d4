import { DEFAULT_PROGRAM_FILE, loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/errors';

const problems = (env: NodeJS.ProcessEnv, locale: 'en' | 'sv' = 'en') => {
  try {
    loadConfig(env, {}, locale);
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
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([
      'PROGRAM_FILE: is required when Slack or Teams is configured; give the path of the program file',
    ]);
    const teams = { MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1', PROGRAM_FILE: 'p.yaml' };
    expect(loadConfig(teams).HOST).toBe('0.0.0.0');
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
      `PUBLIC_URL: "not a url" will not do as the bot's public address; write https://HOST[/PATH] without ? or # (http:// only for localhost), e.g. https://bot.example.org`,
    ]);
  });

  it("checks Slack's settings once, here: HTTP mode needs the signing secret, Socket Mode does not", () => {
    const slack = { PROGRAM_FILE: 'p.yaml', SLACK_BOT_TOKEN: 'xoxb-1' };
    expect(problems(slack)).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: is missing; HTTP mode needs the Slack app's Signing Secret/)]);
    expect(() => loadConfig({}, { ...slack, SLACK_APP_TOKEN: 'xapp-1' })).not.toThrow();
    expect(() => loadConfig({}, { ...slack, SLACK_SIGNING_SECRET: 's' })).not.toThrow();
  });

  it('takes LNB_LANG as one of the languages spoken, and says what is wrong in it', () => {
    expect(loadConfig({}, {}).LNB_LANG).toBe('sv');
    expect(loadConfig({}, { LNB_LANG: 'en' }).LNB_LANG).toBe('en');
    expect(problems({ LNB_LANG: 'fi' })).toEqual([expect.stringMatching(/^LNB_LANG: "fi"/)]);
    const slack = { PROGRAM_FILE: 'p.yaml', SLACK_BOT_TOKEN: 'xoxb-1' };
    for (const [lang, words] of [
      ['sv', /saknas; HTTP-läget behöver/],
      ['en', /is missing; HTTP mode needs/],
    ] as const) {
      const error = (() => {
        try {
          loadConfig({ LNB_LANG: lang }, slack);
        } catch (e) {
          return e as ConfigError;
        }
      })();
      expect(error?.message).toMatch(words);
    }
  });

  it('refuses a PUBLIC_URL that would make broken or refused request URLs: a query, a fragment, plain http off this machine', () => {
    for (const bad of ['https://bot.example.org/?x=1', 'https://bot.example.org/lnb?', 'https://bot.example.org/#top', 'http://bot.example.org', 'ftp://bot.example.org']) {
      expect(problems({ PUBLIC_URL: bad })).toEqual([expect.stringMatching(/^PUBLIC_URL: .*; write https:\/\//)]);
    }
    for (const good of ['https://bot.example.org', 'https://bot.example.org/lnb/', 'http://localhost:3978', 'http://127.0.0.1:3978']) {
      expect(loadConfig({ PUBLIC_URL: good }).PUBLIC_URL).toBe(good);
    }
  });
  it('leaves the language model off unless LLM_URL is set, and names what a half-configured one lacks', () => {
    expect(loadConfig({}).languageModel).toBeUndefined();
    expect(loadConfig({ LLM_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3' }).languageModel).toEqual({
      url: 'http://127.0.0.1:11434/v1',
      model: 'llama3',
      callTimeoutMs: 20_000,
      totalTimeoutMs: 45_000,
      concurrency: 2,
    });
    expect(loadConfig({ LLM_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'm', LLM_CONCURRENCY: '8' }).languageModel?.concurrency).toBe(8);
    expect(problems({ LLM_CONCURRENCY: '0' })[0]).toMatch(/^LLM_CONCURRENCY: "0" /);
    expect(problems({ LLM_URL: 'https://llm.example.org/v1' })).toEqual([
      'LLM_MODEL: is required when LLM_URL is set: give the model\'s name (for Azure OpenAI the deployment\'s name), e.g. gpt-4o-mini, or remove LLM_URL',
    ]);
    expect(problems({ LLM_API_KEY: 'sk-1', LLM_MODEL: 'gpt-4o-mini' })).toEqual([
      'LLM_URL: is missing but "LLM_API_KEY, LLM_MODEL" is set: give the language model\'s address (an OpenAI-compatible base URL, e.g. https://llm.example.org/v1), or remove "LLM_API_KEY, LLM_MODEL"',
    ]);
    expect(problems({ LLM_URL: 'https://x.openai.azure.com', LLM_MODEL: 'gpt4o', LLM_API_VERSION: '2024-10-21' })[0]).toMatch(
      /^LLM_API_KEY: is required for Azure OpenAI/,
    );
    expect(problems({ LLM_URL: 'llm', LLM_MODEL: 'm' })[0]).toMatch(/^LLM_URL: "llm" is not a URL/);
  });

  it('has the Teams Playground mode off unless TEAMS_PLAYGROUND=on, and then on loopback only', () => {
    expect(loadConfig({}).teamsPlayground).toBe(false);
    expect(loadConfig({ TEAMS_PLAYGROUND: 'off' }).teamsPlayground).toBe(false);
    const on = loadConfig({ TEAMS_PLAYGROUND: 'on' });
    expect(on).toMatchObject({ teamsPlayground: true, teamsConfigured: false, slackConfigured: false, HOST: '127.0.0.1' });
    expect(loadConfig({ TEAMS_PLAYGROUND: 'on', HOST: 'localhost' }).HOST).toBe('localhost');
    expect(problems({ TEAMS_PLAYGROUND: 'yes' })).toEqual(['TEAMS_PLAYGROUND: "yes" is not allowed; write on or off']);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'bot.example.org']) {
      expect(problems({ TEAMS_PLAYGROUND: 'on', HOST: host })).toEqual([
        `HOST: ${host} will not do with TEAMS_PLAYGROUND=on: without authentication the bot may listen on this computer only; write HOST=127.0.0.1 (or leave HOST out), or set TEAMS_PLAYGROUND=off`,
      ]);
    }
  });

  it('refuses the Playground mode beside any Slack or Teams credential, naming both settings', () => {
    const app = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 's', MicrosoftAppTenantId: 't' };
    // The same settings start a real Teams without the flag.
    expect(loadConfig({ ...app, PROGRAM_FILE: 'p.yaml' }).teamsConfigured).toBe(true);
    const refused = problems({ ...app, PROGRAM_FILE: 'p.yaml', TEAMS_PLAYGROUND: 'on' });
    expect(refused.map((p) => p.split(':')[0])).toEqual(['MicrosoftAppId', 'MicrosoftAppPassword']);
    expect(refused[0]).toMatch(/^MicrosoftAppId: must not be set with TEAMS_PLAYGROUND=on: .*Remove MicrosoftAppId to use the Playground, or set TEAMS_PLAYGROUND=off/);
    // Only the conflict is named, not the secret and tenant an app id would need.
    expect(problems({ TEAMS_PLAYGROUND: 'on', MicrosoftAppId: 'x', PROGRAM_FILE: 'p.yaml' }).map((p) => p.split(':')[0])).toEqual(['MicrosoftAppId']);
    for (const setting of ['MicrosoftAppPassword', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) {
      expect(problems({ TEAMS_PLAYGROUND: 'on', PROGRAM_FILE: 'p.yaml', [setting]: 'x' })).toContainEqual(
        expect.stringMatching(new RegExp(`^${setting}: must not be set with TEAMS_PLAYGROUND=on`)),
      );
    }
    expect(problems({ TEAMS_PLAYGROUND: 'on', MicrosoftAppId: 'x' }, 'sv').join('\n')).toMatch(/^MicrosoftAppId: får inte vara satt med TEAMS_PLAYGROUND=on/m);
  });
});
