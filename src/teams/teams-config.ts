import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../config/config';
import { ConfigError, type Problem } from '../errors';
import { type Locale, translate } from '../i18n/translate';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * Refuses settings that would run the Teams endpoint unsafely or not at all.
 * An empty app id turns Bot Framework authentication off (CloudAdapter then
 * accepts any request, and calls back whatever serviceUrl it names), which
 * is only acceptable for the local mode on loopback.
 */
export function checkTeamsConfig(config: Config): void {
  const locale = config.LNB_LANG as Locale;
  const problems: Problem[] = [];
  const type = config.MicrosoftAppType;
  if (!config.MicrosoftAppId) {
    if (!isLoopback(config.HOST)) problems.push({ path: 'MicrosoftAppId', message: translate(locale, 'teams.config.noAppId') });
  } else {
    if (type !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
      problems.push({ path: 'MicrosoftAppPassword', message: translate(locale, 'teams.config.noPassword', { type }) });
    }
    if (type !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
      problems.push({ path: 'MicrosoftAppTenantId', message: translate(locale, 'teams.config.noTenant', { type }) });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/** The settings botbuilder reads, under the names it expects. */
export function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config.MicrosoftAppId) return {};
  return {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
}
