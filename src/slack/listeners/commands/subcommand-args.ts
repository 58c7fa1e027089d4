import type { SlashCommand } from '@slack/bolt';
import type { Person } from '../../../core/person';
import type { EphemeralResponse } from '../../ephemeral';
import type { SlackRuntime } from '../../slack-runtime';

/** What an `/lnb` subcommand gets: the command, who typed it and the words after the subcommand. */
export interface SubcommandArgs {
  rt: SlackRuntime;
  command: SlashCommand;
  person: Person;
  words: string[];
  /** Acknowledges the command, with a private answer when given. Call exactly once. */
  ack: (response?: EphemeralResponse) => Promise<void>;
  /** A private message after the acknowledgement (through the command's response_url). */
  respond: (response: EphemeralResponse) => Promise<unknown>;
}
