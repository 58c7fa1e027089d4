import type { Config } from '../config/config';
import { ConfigError, type Problem } from '../errors';
import { type Locale, translate } from '../i18n/translate';
import type { Program } from '../program/schema';

/** The setting that connects each platform a network can be on; `local` needs none. */
const SETTING = { slack: 'SLACK_BOT_TOKEN', teams: 'MicrosoftAppId' } as const;

/**
 * Refuses a program whose networks are on a platform the settings do not
 * connect. Without Slack's or Teams' credentials the bot runs as the local
 * trial, with no authentication at all; that must never happen over a real
 * program and its store, so the trial runs only on programs whose networks
 * are all `local` (like the examples). Throws ConfigError naming the setting.
 */
export function checkPlatformsConfigured(
  program: Program,
  config: Pick<Config, 'slackConfigured' | 'teamsConfigured' | 'teamsPlayground'>,
  locale: Locale,
): void {
  // TEAMS_PLAYGROUND=on is the one explicit exception for Teams (a developer's Playground on loopback, see config.ts).
  const configured = { slack: config.slackConfigured, teams: config.teamsConfigured || config.teamsPlayground };
  const problems: Problem[] = [];
  for (const platform of ['slack', 'teams'] as const) {
    if (configured[platform]) continue;
    const networks = program.networks.filter((n) => n.platform === platform).map((n) => n.id);
    if (networks.length === 0) continue;
    problems.push({
      path: SETTING[platform],
      message: translate(locale, `config.error.platformMissing.${platform}`, { networks: networks.join(', ') }),
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
