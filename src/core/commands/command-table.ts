import type { Locale } from '../../i18n/translate';

export type CommandName = 'answer' | 'summary' | 'link' | 'status' | 'help' | 'myReplies';

/**
 * How a command finds its network:
 * - `channel-or-own`: the network of the conversation it is typed in, else
 *   a named one of the person's own, else their only one, else a question back;
 * - `channel-or-led`: a named network, else the one of the conversation,
 *   else the one the person leads (coordinators: all networks);
 * - `named`: the network named after the command (required);
 * - `none`: no network.
 */
export type NetworkSource = 'channel-or-own' | 'channel-or-led' | 'named' | 'none';

/** Who may run a command; the rule says the rest (and says it kindly). */
export type CommandAccess = 'anyone' | 'leaders-and-coordinators' | 'coordinators';

export interface CommandSpec {
  name: CommandName;
  /**
   * The words people type, per language; the first is the one shown (in
   * help, in hints). Every word is understood whatever the language, so an
   * English word in a Swedish program still works. A word with a space is
   * typed as two words.
   */
  words: Record<Locale, readonly string[]>;
  /** What may follow the word, in order, for the help (`[träff] [nätverk]`). */
  args: readonly ('round' | 'network' | 'network!')[];
  network: NetworkSource;
  round: 'current' | 'named-or-current' | 'none';
  who: CommandAccess;
  /** Slack has a slash command of its own for it (the others are `/lnb <word>`). */
  slackSlash?: `/${string}`;
}

/**
 * Every command of the bot, the one table Slack (`/lnb …`, `/summary`),
 * Teams (@-mentions, the personal chat) and the local trial's web chat
 * register from. The rule each calls is in resolve-command.ts.
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'answer',
    words: { sv: ['svara'], en: ['answer'] },
    args: ['network'],
    network: 'channel-or-own',
    round: 'current',
    who: 'anyone',
  },
  {
    name: 'summary',
    words: { sv: ['sammanställning', 'sammanstallning'], en: ['summary'] },
    args: ['round', 'network'],
    network: 'channel-or-led',
    round: 'named-or-current',
    who: 'leaders-and-coordinators',
    slackSlash: '/summary',
  },
  {
    name: 'link',
    words: { sv: ['koppla'], en: ['link'] },
    args: ['network!'],
    network: 'named',
    round: 'none',
    who: 'coordinators',
  },
  {
    name: 'status',
    words: { sv: ['status', 'läge'], en: ['status'] },
    args: [],
    network: 'none',
    round: 'none',
    who: 'anyone',
  },
  {
    name: 'myReplies',
    words: { sv: ['mina-svar', 'mina svar'], en: ['my-replies', 'my replies'] },
    args: [],
    network: 'none',
    round: 'none',
    who: 'anyone',
  },
  {
    name: 'help',
    words: { sv: ['hjälp', 'hjalp'], en: ['help'] },
    args: [],
    network: 'none',
    round: 'none',
    who: 'anyone',
  },
];

export function commandSpec(name: CommandName): CommandSpec {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new Error(`no command ${name}`);
  return spec;
}

/** The word shown for a command in a language. */
export function shownWord(name: CommandName, locale: Locale): string {
  return commandSpec(name).words[locale][0] ?? name;
}
