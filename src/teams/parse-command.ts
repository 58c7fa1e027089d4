export type CommandName = 'link' | 'status' | 'answer' | 'help' | 'summary' | 'myReplies';

export interface ParsedCommand {
  name: CommandName | undefined;
  /** The first word as typed (lower-cased), for telling an unknown command apart from none. */
  word: string;
  args: string[];
}

/** Swedish words people may type instead, so nobody has to know the English ones. */
const ALIASES: Record<string, CommandName> = {
  link: 'link',
  koppla: 'link',
  status: 'status',
  läge: 'status',
  answer: 'answer',
  svara: 'answer',
  help: 'help',
  hjälp: 'help',
  hjalp: 'help',
  summary: 'summary',
  sammanställning: 'summary',
  sammanstallning: 'summary',
  'mina-svar': 'myReplies',
  'my-replies': 'myReplies',
};

/** Commands of two words, as people type them with a space. */
const TWO_WORD_ALIASES: Record<string, CommandName> = {
  'mina svar': 'myReplies',
  'my replies': 'myReplies',
};

/**
 * A typed command from a message's text. Teams wraps mentions in
 * `<at>…</at>` and may send HTML and `&nbsp;`; every mention is dropped
 * (teams-ai removes only the bot's own), so `@bot link x` and `link x`
 * read the same, and a leading slash is forgiven.
 */
export function parseCommand(text: string | undefined): ParsedCommand {
  const plain = (text ?? '')
    .replace(/<at[^>]*>.*?<\/at>/gis, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&')
    .trim();
  const words = plain.split(/\s+/).filter(Boolean);
  const word = (words[0] ?? '').replace(/^\//, '').toLowerCase();
  const twoWords = TWO_WORD_ALIASES[`${word} ${(words[1] ?? '').toLowerCase()}`];
  if (twoWords) return { name: twoWords, word, args: words.slice(2) };
  return { name: ALIASES[word], word, args: words.slice(1) };
}
