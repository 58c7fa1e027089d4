import type { App } from '@slack/bolt';
import { COMMANDS } from '../../../core/commands/command-table';
import type { SlackRuntime } from '../../slack-runtime';
import { runSlackCommand } from './run-slack-command';

/**
 * The slash commands, from the command table: `/lnb <word>` for every
 * command and each command's own slash command (`/summary`), so the app
 * has two commands only.
 */
export function register(app: App, rt: SlackRuntime): void {
  const slashes = ['/lnb', ...COMMANDS.flatMap((c) => (c.slackSlash ? [c.slackSlash] : []))];
  for (const slash of slashes) {
    app.command(slash, async ({ command, respond }) => {
      await runSlackCommand(rt, command, (response) => respond(response));
    });
  }
}
