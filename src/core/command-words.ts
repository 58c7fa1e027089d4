import { type Locale, translate } from '../i18n/translate';
import { COMMANDS, type CommandName, shownWord } from './commands/command-table';
import type { Platform } from './person';

/**
 * Where a person types commands: Slack (slash commands), Teams (words to
 * the bot, @-mentioning it in a channel) or the local trial's web chat
 * (words alone). The web chat runs the Teams bot, but nobody there should be
 * told to @-mention anything.
 */
export type Surface = Platform | 'chat';

/** Placeholders a message can use for a command: `{cmdLink}`, `{cmdSummary}`, … */
export type CommandVars = Record<`cmd${Capitalize<CommandName>}`, string>;

/** How a command is typed on a surface, in a language (`/lnb svara`, `@Lärande nätverk koppla`, `svara`). */
export function typedCommand(surface: Surface, locale: Locale, name: CommandName): string {
  const word = shownWord(name, locale);
  if (surface === 'slack') return COMMANDS.find((c) => c.name === name)?.slackSlash ?? `/lnb ${word}`;
  // In Teams, linking happens in a channel, where the bot hears only what @-mentions it.
  if (surface === 'teams' && name === 'link') return `${translate(locale, 'command.teams.mention')} ${word}`;
  return word;
}

/**
 * How a person types each command where they are, from the command table.
 * Rules that tell people what to type fill these in, so nobody is told a
 * command their platform lacks, or an English word in a Swedish program.
 */
export function commandWords(surface: Surface, locale: Locale): CommandVars {
  const vars = {} as CommandVars;
  for (const { name } of COMMANDS) {
    vars[`cmd${name[0]?.toUpperCase()}${name.slice(1)}` as keyof CommandVars] = typedCommand(surface, locale, name);
  }
  return vars;
}
