import { type Locale, translate } from '../i18n/translate';
import type { Platform } from './person';

const WORDS = ['link', 'status', 'answer', 'summary', 'help', 'myReplies'] as const;
export type CommandWord = (typeof WORDS)[number];

/** Placeholders a message can use for a command: `{cmdLink}`, `{cmdSummary}`, … */
export type CommandVars = Record<`cmd${Capitalize<CommandWord>}`, string>;

/**
 * How a person types each command on their platform: Slack has slash
 * commands (`/lnb link`), Teams has words typed to the bot (`@Lärande
 * nätverk link` in a channel, `summary` in the personal chat). The local web
 * chat is the Teams bot, so it reads as Teams. Rules that tell people what to
 * type fill these in, so nobody is told a command their platform lacks.
 */
export function commandWords(platform: Platform, locale: Locale): CommandVars {
  const words = platform === 'slack' ? 'slack' : 'teams';
  const vars = {} as CommandVars;
  for (const word of WORDS) {
    const name = `cmd${word[0]?.toUpperCase()}${word.slice(1)}` as keyof CommandVars;
    vars[name] = translate(locale, `command.${words}.${word}`);
  }
  return vars;
}
