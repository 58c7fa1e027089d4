import type { App } from '@slack/bolt';
import { COMMANDS } from '../../../core/commands/command-table';
import type { SlackRuntime } from '../../slack-runtime';
import { runSlackCommand } from './run-slack-command';

/** A slash command as a pattern of its own (they hold only letters, digits, '-' and '_', but any is taken literally). */
const literally = (slash: string) => slash.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The slash commands, from the command table: `/lnb <word>` for every
 * command and each command's own slash command (`/summary`), so the app
 * has two commands only. One listener answers them all: Bolt offers every
 * request (a form submitted, a button clicked) to each listener in turn.
 */
export function register(app: App, rt: SlackRuntime): void {
  const slashes = ['/lnb', ...COMMANDS.flatMap((c) => (c.slackSlash ? [c.slackSlash] : []))];
  app.command(new RegExp(`^(?:${slashes.map(literally).join('|')})$`), async ({ command, respond }) => {
    await runSlackCommand(rt, command, (response) => respond(response));
  });
}
