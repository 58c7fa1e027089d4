import type { App } from '@slack/bolt';
import type { EphemeralResponse } from '../../ephemeral';
import type { SlackRuntime } from '../../slack-runtime';
import { lnbAnswer } from './lnb-answer';
import { lnbHelp } from './lnb-help';
import { lnbLink } from './lnb-link';
import { lnbMyReplies } from './lnb-my-replies';
import { lnbStatus } from './lnb-status';
import type { SubcommandArgs } from './subcommand-args';

const SUBCOMMANDS: Record<string, (args: SubcommandArgs) => Promise<void>> = {
  link: lnbLink,
  status: lnbStatus,
  answer: lnbAnswer,
  help: lnbHelp,
  // `mina svar` and `my replies` typed with a space read as their first word.
  'mina-svar': lnbMyReplies,
  mina: lnbMyReplies,
  'my-replies': lnbMyReplies,
  my: lnbMyReplies,
};

/** Runs one `/lnb` command, already acknowledged: its answer goes through `respond`. */
export async function handleLnbCommand(args: Omit<SubcommandArgs, 'words' | 'person'>): Promise<void> {
  const { rt, command } = args;
  const [first, ...words] = command.text.trim().split(/\s+/).filter(Boolean);
  const person = await rt.people.person(command.user_id);
  const name = first?.toLowerCase();
  const sub = name === undefined ? lnbHelp : SUBCOMMANDS[name];
  if (sub) await sub({ ...args, person, words });
  else await lnbHelp({ ...args, person, words }, true);
}

/** `/lnb <subcommand> …`: one command for everything but the summary, so the app has two commands only. */
export function register(app: App, rt: SlackRuntime): void {
  app.command('/lnb', async ({ command, respond }) => {
    await handleLnbCommand({ rt, command, respond: (response: EphemeralResponse) => respond(response) });
  });
}
