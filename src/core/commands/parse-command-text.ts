import { LOCALES } from '../../i18n/translate';
import { COMMANDS, type CommandName } from './command-table';

export interface ParsedCommand {
  name: CommandName | undefined;
  /** The first word as typed (lower-cased, a leading slash dropped), for telling an unknown command apart from none. */
  word: string;
  args: string[];
}

/** Every word of the table, in both languages, to its command; two-word forms under their words joined by a space. */
const BY_WORD = new Map<string, CommandName>(
  COMMANDS.flatMap((c) => LOCALES.flatMap((locale) => c.words[locale].map((w) => [w, c.name] as const))),
);

/**
 * A command from plain text (`svara katrineholm`, `summary 1 Nyköping`,
 * `mina svar`): the words of the command table in either language, any
 * case, a leading slash forgiven. What the platform wraps around the text
 * (a Teams @-mention, HTML) is the adapter's to remove first.
 */
export function parseCommandText(text: string | undefined): ParsedCommand {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const word = (words[0] ?? '').replace(/^\//, '').toLowerCase();
  const twoWords = BY_WORD.get(`${word} ${(words[1] ?? '').toLowerCase()}`);
  if (twoWords) return { name: twoWords, word, args: words.slice(2) };
  return { name: BY_WORD.get(word), word, args: words.slice(1) };
}
