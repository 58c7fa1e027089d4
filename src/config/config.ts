import { z } from 'zod';
import { DEFAULT_COMPILE_TIMEOUT_MS } from '../core/bot-context';
import { ConfigError } from '../errors';
import { isLocale, type Locale, translate } from '../i18n/translate';
import { parseStoreUrl } from '../store/store-url';
import { describeZodIssue, show } from '../validation/describe-issues';

/** The example program that makes `npm start` work with nothing configured. */
export const DEFAULT_PROGRAM_FILE = 'examples/program.sv.yaml';

// The workbench reads the default from here; it is the rules' own (see BotContext).
export { DEFAULT_COMPILE_TIMEOUT_MS };

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const keyed = (key: string, ok: (v: string) => boolean) =>
  z.string().superRefine((value, ctx) => {
    if (!ok(value)) ctx.addIssue({ code: 'custom', params: { key: `config.error.${key}`, value } });
  });

/** A time limit in milliseconds, from 100 ms to ten minutes. */
const timeoutMs = (fallback: number) =>
  keyed('timeoutMs', (v) => /^\d+$/.test(v) && +v >= 100 && +v <= 600_000)
    .default(String(fallback))
    .transform(Number);

const isUrl = (v: string) => {
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether HOST (the address the server listens on) is this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * The bot's public address, to which paths (`/slack/events`, `/api/messages`,
 * file links) are appended: https (http only on this machine), and nothing
 * after the path, since a query or fragment would end up in the middle of
 * every request URL made from it.
 */
export const isPublicUrl = (v: string): boolean => {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '' || v.includes('?') || v.includes('#')) return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
};

/**
 * Every setting, read from the environment (after `.env`). Defaults live here
 * and only here; the schema is the only source of the Config type.
 */
export const configSchema = z
  .object({
    // 0 asks the system for a free port (tests use it).
    PORT: keyed('port', (v) => /^\d+$/.test(v) && +v <= 65535)
      .default('3978')
      .transform(Number),
    HOST: optionalText,
    PROGRAM_FILE: optionalText,
    STORE_URL: keyed('storeUrl', (v) => {
      try {
        parseStoreUrl(v);
        return true;
      } catch {
        return false;
      }
    }).default('sqlite://data/lnb.sqlite'),
    LOG_LEVEL: keyed('logLevel', (v) => ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v)).default('info'),
    // `off` leaves posting to another instance, or to nobody (a trial, tests).
    SCHEDULE: keyed('onOff', (v) => v === 'on' || v === 'off').default('on'),
    // How long a call to Slack's or Teams' API may take before the bot stops waiting for it.
    PLATFORM_TIMEOUT_MS: timeoutMs(10_000),
    // How long a compilation for /summary may run (in a worker thread) before it is stopped.
    COMPILE_TIMEOUT_MS: timeoutMs(DEFAULT_COMPILE_TIMEOUT_MS),
    LNB_LANG: keyed('locale', isLocale)
      .default('sv')
      .transform((v): Locale => (isLocale(v) ? v : 'sv')),
    PUBLIC_URL: optionalText.pipe(keyed('publicUrl', isPublicUrl).optional()),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.pipe(keyed('url', isUrl).optional()),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    // SingleTenant by default: Azure no longer lets anyone create a MultiTenant bot (since July 2025).
    MicrosoftAppType: optionalText
      .pipe(keyed('appType', (v) => ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(v)).optional())
      .transform((v) => v ?? 'SingleTenant'),
    MicrosoftAppTenantId: optionalText,
    // A developer's offline Teams: the Microsoft 365 Agents Playground drives a program's Teams
    // networks without Bot Framework tokens, on this machine only (docs/teams.md).
    TEAMS_PLAYGROUND: keyed('onOff', (v) => v === 'on' || v === 'off').default('off'),
    // The optional language model for compilations (issue 18): nothing is sent unless LLM_URL is set.
    LLM_URL: optionalText.pipe(keyed('url', isUrl).optional()),
    LLM_API_KEY: optionalText,
    LLM_MODEL: optionalText,
    // Set only for Azure OpenAI (its api-version); LLM_MODEL is then the deployment's name.
    LLM_API_VERSION: optionalText,
    LLM_TIMEOUT_MS: timeoutMs(20_000),
    LLM_TOTAL_TIMEOUT_MS: timeoutMs(45_000),
    // How many calls to the model at once (a municipality's own server is often one GPU).
    LLM_CONCURRENCY: keyed('concurrency', (v) => /^\d+$/.test(v) && +v >= 1 && +v <= 16)
      .default('2')
      .transform(Number),
  })
  .transform((env) => ({
    ...env,
    slackConfigured: env.SLACK_BOT_TOKEN !== undefined,
    teamsConfigured: env.MicrosoftAppId !== undefined,
    teamsPlayground: env.TEAMS_PLAYGROUND === 'on',
  }))
  .superRefine((env, ctx) => {
    if ((env.slackConfigured || env.teamsConfigured) && !env.PROGRAM_FILE) {
      ctx.addIssue({ code: 'custom', path: ['PROGRAM_FILE'], params: { key: 'config.error.programRequired' } });
    }
    languageModelIssues(env, (path, key, value) => ctx.addIssue({ code: 'custom', path: [path], params: { key, value } }));
    // With the Playground mode on, a credential is the mistake to name, not what it would lack.
    if (env.teamsPlayground) playgroundIssues(env, (path, key, vars) => ctx.addIssue({ code: 'custom', path: [path], params: { key, vars } }));
    else platformIssues(env, (path, key, vars) => ctx.addIssue({ code: 'custom', path: [path], params: { key, vars } }));
  })
  .transform((env) => ({
    ...env,
    PROGRAM_FILE: env.PROGRAM_FILE ?? DEFAULT_PROGRAM_FILE,
    // With no platform configured the bot is a local trial: keep it off the network.
    HOST: env.HOST ?? (env.slackConfigured || env.teamsConfigured ? '0.0.0.0' : '127.0.0.1'),
    languageModel: languageModelOf(env),
  }));

interface PlatformEnv {
  slackConfigured: boolean;
  teamsConfigured: boolean;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  MicrosoftAppType: string;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppTenantId?: string | undefined;
}

/**
 * What a configured platform needs besides its token or app id. Slack's HTTP
 * mode (no SLACK_APP_TOKEN) checks every request's signature, so it needs
 * the signing secret; a Teams app registration needs its secret (unless a
 * managed identity signs in) and its tenant (unless it is MultiTenant).
 */
function platformIssues(env: PlatformEnv, issue: (path: string, key: string, vars?: Record<string, string>) => void): void {
  if (env.slackConfigured && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) issue('SLACK_SIGNING_SECRET', 'slack.config.signingSecretMissing');
  if (!env.teamsConfigured) return;
  const type = env.MicrosoftAppType;
  if (type !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) issue('MicrosoftAppPassword', 'teams.config.noPassword', { type });
  if (type !== 'MultiTenant' && !env.MicrosoftAppTenantId) issue('MicrosoftAppTenantId', 'teams.config.noTenant', { type });
}

/** Credentials that mean a real Slack or Teams: the Playground mode runs with none of them. */
const CREDENTIALS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

type PlaygroundEnv = { teamsPlayground: boolean; HOST?: string | undefined } & { [K in (typeof CREDENTIALS)[number]]?: string | undefined };

/**
 * TEAMS_PLAYGROUND=on lets a program's Teams networks run without any
 * authentication, for the offline Agents Playground. It must never be
 * switched on by mistake over a real deployment: so never together with a
 * platform's credentials, and only listening on this machine (the Teams
 * endpoint then also answers loopback requests only, as in the local trial).
 */
function playgroundIssues(env: PlaygroundEnv, issue: (path: string, key: string, vars: Record<string, string>) => void): void {
  for (const name of CREDENTIALS) if (env[name] !== undefined) issue(name, 'config.error.playgroundCredentials', { setting: name });
  if (env.HOST !== undefined && !isLoopback(env.HOST)) issue('HOST', 'config.error.playgroundHost', { host: env.HOST });
}

interface LanguageModelEnv {
  LLM_URL?: string | undefined;
  LLM_API_KEY?: string | undefined;
  LLM_MODEL?: string | undefined;
  LLM_API_VERSION?: string | undefined;
  LLM_TIMEOUT_MS: number;
  LLM_TOTAL_TIMEOUT_MS: number;
  LLM_CONCURRENCY: number;
}

/** A half-configured model names what is missing: the model without an address, or an address without a model. */
function languageModelIssues(env: LanguageModelEnv, issue: (path: string, key: string, value?: string) => void): void {
  const set = (['LLM_API_KEY', 'LLM_MODEL', 'LLM_API_VERSION'] as const).filter((k) => env[k] !== undefined);
  if (!env.LLM_URL) {
    if (set.length > 0) issue('LLM_URL', 'config.error.llmUrlMissing', set.join(', '));
    return;
  }
  if (!env.LLM_MODEL) issue('LLM_MODEL', 'config.error.llmModelMissing');
  if (env.LLM_API_VERSION && !env.LLM_API_KEY) issue('LLM_API_KEY', 'config.error.llmKeyMissing');
}

/** The language model's settings as the compile worker takes them; undefined when LLM_URL is not set. */
function languageModelOf(env: LanguageModelEnv) {
  if (!env.LLM_URL || !env.LLM_MODEL) return undefined;
  return {
    url: env.LLM_URL,
    model: env.LLM_MODEL,
    ...(env.LLM_API_KEY ? { apiKey: env.LLM_API_KEY } : {}),
    ...(env.LLM_API_VERSION ? { azureApiVersion: env.LLM_API_VERSION } : {}),
    callTimeoutMs: env.LLM_TIMEOUT_MS,
    totalTimeoutMs: env.LLM_TOTAL_TIMEOUT_MS,
    concurrency: env.LLM_CONCURRENCY,
  };
}

export type Config = z.infer<typeof configSchema>;

/**
 * Defaults, then the environment, then `overrides` (tests and the CLI use
 * these). Throws ConfigError naming each variable at fault and how to fix it,
 * in `locale`, else in LNB_LANG's language when that is one we speak.
 */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Record<string, string> = {}, locale?: Locale): Config {
  const merged = { ...env, ...overrides };
  const lang = locale ?? (isLocale(merged.LNB_LANG) ? merged.LNB_LANG : 'sv');
  const parsed = configSchema.safeParse(merged, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const params = (issue as { params?: { key?: string; value?: string; vars?: Record<string, string> } }).params;
      const message = params?.key
        ? translate(lang, params.key, { ...params.vars, value: show(params.value) })
        : describeZodIssue(issue, lang);
      return { path: issue.path.join('.') || '(env)', message };
    }),
  );
}
