import type { SlashCommand } from '@slack/bolt';
import type { Person } from '../../../core/person';
import type { EphemeralResponse } from '../../ephemeral';
import type { SlackRuntime } from '../../slack-runtime';

/**
 * What an `/lnb` subcommand gets: the command, who typed it and the words
 * after the subcommand. The command is already acknowledged (see
 * drop-repeats), so every answer goes through its response_url.
 */
export interface SubcommandArgs {
  rt: SlackRuntime;
  command: SlashCommand;
  person: Person;
  words: string[];
  /** A private answer (through the command's response_url). */
  respond: (response: EphemeralResponse) => Promise<unknown>;
}
