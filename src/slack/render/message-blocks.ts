import type { types } from '@slack/bolt';
import type { MessageAction, MessageBlock, OutgoingMessage } from '../../core/outgoing-message';
import { type Locale, translate } from '../../i18n/translate';
import { ACTION_IDS, encodeActionValue } from '../action-value';
import { LIMITS } from './block-kit-limits';
import { fitMrkdwn, fitPlain } from './fit-text';

type KnownBlock = types.KnownBlock;

/** A message as Slack takes it: `text` for notifications, `blocks` for the client. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const mrkdwn = (text: string, max = LIMITS.sectionText) => ({ type: 'mrkdwn' as const, text: fitMrkdwn(text, max) });

/** A list as bullet lines, split over as many sections as Slack's 3,000 characters need. */
function listSections(items: string[]): KnownBlock[] {
  const sections: KnownBlock[] = [];
  let lines: string[] = [];
  let length = 0;
  for (const item of items) {
    const line = `• ${fitMrkdwn(item, LIMITS.sectionText - 2)}`;
    if (lines.length > 0 && length + 1 + line.length > LIMITS.sectionText) {
      sections.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } });
      lines = [];
      length = 0;
    }
    lines.push(line);
    length += (lines.length > 1 ? 1 : 0) + line.length;
  }
  if (lines.length > 0) sections.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } });
  return sections;
}

/** An address inside <…|…>: Slack's three entities, and no '|' to end it early. */
const slackUrl = (url: string) => url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');

function blocksOf(block: MessageBlock): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return [{ type: 'header', text: { type: 'plain_text', text: fitPlain(block.text, LIMITS.headerText) } }];
    case 'text':
      return [{ type: 'section', text: mrkdwn(block.text) }];
    case 'fields': {
      const out: KnownBlock[] = [];
      for (let i = 0; i < block.fields.length; i += LIMITS.sectionFields) {
        const fields = block.fields.slice(i, i + LIMITS.sectionFields).map((f) => {
          // The label is bold, and its own text is escaped so it cannot break out.
          const label = `*${fitMrkdwn(f.label, 200)}*\n`;
          return { type: 'mrkdwn' as const, text: label + fitMrkdwn(f.value, LIMITS.fieldText - label.length) };
        });
        out.push({ type: 'section', fields });
      }
      return out;
    }
    case 'list':
      return listSections(block.items);
    case 'context':
      return [{ type: 'context', elements: [mrkdwn(block.text)] }];
    case 'link':
      return [{ type: 'section', text: { type: 'mrkdwn', text: `<${slackUrl(block.url)}|${fitMrkdwn(block.label, 200)}>` } }];
  }
}

function actionsBlock(actions: MessageAction[]): KnownBlock {
  return {
    type: 'actions',
    elements: actions.map((a) => ({
      type: 'button' as const,
      action_id: ACTION_IDS[a.id],
      text: { type: 'plain_text' as const, text: fitPlain(a.label, LIMITS.buttonText) },
      value: encodeActionValue(a.value),
      ...(a.primary ? { style: 'primary' as const } : {}),
    })),
  };
}

const charsOf = (block: KnownBlock) => JSON.stringify(block).length;

/**
 * Renders a message to Block Kit with every text escaped and fitted. When
 * the blocks would pass 50, or the whole grows past what a chat message
 * should hold, the rest is left out with a note (the Word file has it all);
 * the buttons always stay.
 */
export function renderMessage(
  message: OutgoingMessage,
  locale: Locale,
  /** Blocks of the adapter's own to keep at the end (a button the rules do not know), and the note for a cut. */
  extra: { tail?: KnownBlock[]; truncated?: string } = {},
): SlackMessage {
  const content = message.blocks.flatMap(blocksOf);
  const tail: KnownBlock[] = [...(message.actions.length > 0 ? [actionsBlock(message.actions)] : []), ...(extra.tail ?? [])];
  const room = LIMITS.messageBlocks - tail.length;
  let budget = LIMITS.messageChars;
  const kept: KnownBlock[] = [];
  for (const block of content) {
    const fits = kept.length < room - 1 || (kept.length < room && kept.length === content.length - 1);
    if (!fits || charsOf(block) > budget) {
      kept.push({ type: 'context', elements: [mrkdwn(extra.truncated ?? translate(locale, 'slack.message.truncated'))] });
      break;
    }
    kept.push(block);
    budget -= charsOf(block);
  }
  return { text: fitMrkdwn(message.fallback, LIMITS.sectionText), blocks: [...kept, ...tail] };
}

/**
 * Renders a channel post whole, over as many messages as it needs: each
 * keeps within 50 blocks and our 12,000-character budget, and each after a
 * split says which part it is. Every part carries the buttons (*Svara*
 * and the minutes button): a reader who scrolls to any part can answer
 * from there, and the values are the same, so a click on any is the same
 * click. A heading is never left as the last block of a part; it moves on
 * with what it heads. A post that fits is exactly what `renderMessage` gives.
 */
export function renderMessageParts(message: OutgoingMessage, locale: Locale): SlackMessage[] {
  const content = message.blocks.flatMap(blocksOf);
  const tail: KnownBlock[] = message.actions.length > 0 ? [actionsBlock(message.actions)] : [];
  // One block of every part is kept for its "part 2 of 3" note.
  const room = LIMITS.messageBlocks - tail.length - 1;
  const groups: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let budget = LIMITS.messageChars;
  for (const block of content) {
    if (current.length > 0 && (current.length >= room || charsOf(block) > budget)) {
      const carried: KnownBlock[] = [];
      while (current.length > 1 && current[current.length - 1]?.type === 'header') carried.unshift(current.pop() as KnownBlock);
      groups.push(current);
      current = carried;
      budget = LIMITS.messageChars - current.reduce((sum, b) => sum + charsOf(b), 0);
    }
    current.push(block);
    budget -= charsOf(block);
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  const text = fitMrkdwn(message.fallback, LIMITS.sectionText);
  if (groups.length === 1) return [{ text, blocks: [...(groups[0] ?? []), ...tail] }];
  return groups.map((blocks, i) => {
    const note = translate(locale, 'slack.message.part', { part: i + 1, parts: groups.length });
    return { text: i === 0 ? text : fitMrkdwn(`${message.fallback} (${note})`, LIMITS.sectionText), blocks: [...blocks, { type: 'context', elements: [mrkdwn(note)] }, ...tail] };
  });
}
