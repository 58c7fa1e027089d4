/**
 * A message as the rules see it: plain text in blocks, and buttons. The
 * Slack and Teams adapters render it (Block Kit, Adaptive Card) and escape
 * every text for their markup, so nothing here is markup.
 */
export type MessageBlock =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'list'; items: string[] }
  | { type: 'context'; text: string }
  /** A link the bot made (a file, a page): shown as a link, its address never escaped as text. */
  | { type: 'link'; label: string; url: string };

/** What a button asks for; adapters carry it in the button's value and hand it back. */
export interface ActionValue {
  program: string;
  round: number;
  network: string;
}

export interface MessageAction {
  id: 'answer' | 'minutes';
  label: string;
  value: ActionValue;
  /** Shown emphasised (the main thing to do). */
  primary?: boolean;
}

export interface OutgoingMessage {
  /** One line for notifications and clients that show no blocks. */
  fallback: string;
  blocks: MessageBlock[];
  actions: MessageAction[];
}
