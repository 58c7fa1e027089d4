import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { type Config, isLoopback } from '../config/config';
import { ConfigError } from '../errors';
import { translate } from '../i18n/translate';

/**
 * Refuses to run the Teams endpoint without an app id off this machine. An
 * empty app id turns Bot Framework authentication off (CloudAdapter then
 * accepts any request, and calls back whatever serviceUrl it names), which
 * is only acceptable for the local mode on loopback. This is how Teams is
 * started, not a setting: the settings an app id needs (its secret, its
 * tenant) are checked once, by the config schema.
 */
export function checkTeamsConfig(config: Config): void {
  if (!config.MicrosoftAppId && !isLoopback(config.HOST)) {
    throw new ConfigError([{ path: 'MicrosoftAppId', message: translate(config.LNB_LANG, 'teams.config.noAppId') }]);
  }
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
